using Alba;
using Blueindic.Api.OpenApi;
using Blueindic.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Platform;

/// <summary>The OpenAPI document and Swagger UI: switchable, throttled, built once, and silent about versions.</summary>
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
        IScenarioResult? refused = null;
        for (var i = 0; i < 8; i++)
        {
            var result = await Get(host, "/swagger/v1/swagger.json");
            statuses.Add(result.Status());
            if (result.Status() == 429) refused ??= result;
        }
        statuses.Take(2).ShouldAllBe(s => s == 200);
        refused.ShouldNotBeNull(string.Join(",", statuses));
        refused.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
        refused.Header("Retry-After").ShouldNotBeNull();

        (await Get(host, "/api/clients", tenant.ApiKey)).Status().ShouldBe(200);
    }

    [Fact]
    public async Task The_document_is_built_once_then_served_from_memory_each_answer_with_its_own_headers()
    {
        await using var host = await AppFixture.StartOtherHostAsync(new Dictionary<string, string>());
        var cache = host.Services.GetRequiredService<OpenApiDocumentCache>();
        var first = await Get(host, "/swagger/v1/swagger.json");
        first.Json().GetProperty("openapi").GetString().ShouldStartWith("3.");
        cache.Builds.ShouldBe(1);

        var again = new List<IScenarioResult>();
        for (var i = 0; i < 3; i++) again.Add(await Get(host, "/swagger/v1/swagger.json"));
        cache.Builds.ShouldBe(1);
        again.ShouldAllBe(r => r.ReadAsText() == first.ReadAsText());
        again.Select(r => r.Header("X-Correlation-Id")).Append(first.Header("X-Correlation-Id")).Distinct().Count().ShouldBe(4);
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
