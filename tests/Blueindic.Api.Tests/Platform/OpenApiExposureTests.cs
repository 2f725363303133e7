using Alba;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Platform;

/// <summary>
/// The OpenAPI document and Swagger UI: switchable, throttled, and silent about versions. That the
/// document is built once is measured, not asserted (docs/reliability.md).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiExposureTests(AppFixture app)
{
    private static Task<IScenarioResult> Get(IAlbaHost host, string url, string? key = null) => host.Scenario(s =>
    {
        s.Get.Url(url);
        if (key is not null) s.WithRequestHeader("Authorization", $"Bearer {key}");
        s.IgnoreStatusCode();
    });

    [Fact]
    public async Task Turned_off_neither_the_document_nor_the_page_is_served()
    {
        var tenant = await app.NewTenant();
        await using var host = await AppFixture.StartOtherHostAsync(new Dictionary<string, string> { ["Blueindic__Swagger__Enabled"] = "false" });
        // Like any unknown address: 401 without a key, 404 with one.
        (await Get(host, "/swagger/v1/swagger.json")).Status().ShouldBe(401);
        (await Get(host, "/swagger/v1/swagger.json", tenant.ApiKey)).Status().ShouldBe(404);
        (await Get(host, "/swagger/index.html", tenant.ApiKey)).Status().ShouldBe(404);
        (await Get(host, "/health/live")).Status().ShouldBe(200);
    }

    [Fact]
    public async Task A_caller_past_the_documents_burst_gets_429_while_its_API_calls_go_on()
    {
        var tenant = await app.NewTenant();
        await using var host = await AppFixture.StartOtherHostAsync(new Dictionary<string, string>
        {
            ["Blueindic__Swagger__PermitsPerSecond"] = "1",
            ["Blueindic__Swagger__Burst"] = "2",
        });

        var statuses = new List<int>();
        for (var i = 0; i < 6; i++) statuses.Add((await Get(host, "/swagger/v1/swagger.json")).Status());
        statuses.Take(2).ShouldAllBe(s => s == 200);
        statuses.ShouldContain(429);
        var refused = await Get(host, "/swagger/v1/swagger.json");
        refused.Status().ShouldBe(429);
        refused.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
        refused.Header("Retry-After").ShouldNotBeNull();

        (await Get(host, "/api/clients", tenant.ApiKey)).Status().ShouldBe(200);
    }

    [Fact]
    public async Task The_document_served_from_memory_is_the_built_one_with_each_answer_its_own_headers()
    {
        var first = await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null);
        first.Json().GetProperty("openapi").GetString().ShouldStartWith("3.");
        var second = await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null);
        second.Status().ShouldBe(200);
        second.ReadAsText().ShouldBe(first.ReadAsText());
        second.Header("X-Correlation-Id").ShouldNotBe(first.Header("X-Correlation-Id"));
    }

    [Fact]
    public async Task The_page_does_not_announce_its_version()
    {
        var page = await app.Send(HttpMethod.Get, "/swagger/index.html", key: null);
        page.Status().ShouldBe(200);
        page.Context.Response.Headers.Keys.ShouldNotContain(k => k.Contains("version", StringComparison.OrdinalIgnoreCase));
        page.Header("Server").ShouldBeNull();
    }
}
