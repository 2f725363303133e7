using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Platform;

/// <summary>Whatever the Accept header says, an error is a problem document and each request gets the answer its input deserves.</summary>
[Collection(ApiCollection.Name)]
public sealed class AcceptHeaderTests(AppFixture app)
{
    public static TheoryData<string> Accepts => new() { "text/html", "text/plain", "image/png", "application/xml", "text/html,application/xhtml+xml;q=0.9" };

    private static Dictionary<string, string> Accept(string accept) => new() { ["Accept"] = accept };

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task A_request_without_a_key_is_a_401_problem(string accept)
    {
        foreach (var url in new[] { "/api/clients", "/metrics" })
        {
            var result = await app.Send(HttpMethod.Get, url, key: null, headers: Accept(accept));
            result.Status().ShouldBe(401, url);
            result.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
            result.Json().GetProperty("status").GetInt32().ShouldBe(401);
        }
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task A_malformed_body_is_its_400_and_a_valid_one_is_carried_out(string accept)
    {
        var tenant = await app.NewTenant();
        var bad = await app.Send(HttpMethod.Post, "/api/clients", tenant.ApiKey, headers: Accept(accept), rawBody: """{ "name": """);
        bad.ErrorFields().ShouldBe(["body"]);

        var good = await app.Send(HttpMethod.Post, "/api/clients", tenant.ApiKey, body: new { name = "Ana" }, headers: Accept(accept));
        good.Status().ShouldBe(201, good.ReadAsText());
        good.Json().GetProperty("name").GetString().ShouldBe("Ana");
    }
}
