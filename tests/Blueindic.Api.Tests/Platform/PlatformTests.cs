using System.Text.Json.Nodes;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public sealed class PlatformTests(AppFixture app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_a_key(string url)
    {
        var result = await app.Send(HttpMethod.Get, url, key: null);
        result.Status().ShouldBe(200);
        result.ReadAsText().ShouldBe("Healthy");
    }

    /// <summary>The probes are mapped outside Wolverine; the document describes them by hand, so this holds it to what they answer.</summary>
    [Theory]
    [InlineData("/health/live", null)]
    [InlineData("/health/ready", null)]
    [InlineData("/health/integrity", AppFixture.AdminKey)]
    public async Task A_health_probe_answers_as_the_OpenAPI_document_says(string url, string? key)
    {
        var document = JsonNode.Parse((await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null)).ReadAsText())!.AsObject();
        var operation = document["paths"]![url]!["get"]!;
        (operation["security"] is JsonArray { Count: 0 }).ShouldBe(key is null);

        var result = await app.Send(HttpMethod.Get, url, key);
        var mediaType = result.Context.Response.ContentType!.Split(';')[0];
        operation["responses"]![$"{result.Status()}"]?["content"]?[mediaType].ShouldNotBeNull($"{result.Status()} {mediaType}");
        if (mediaType == "application/json")
            new ResponseSchemas(document).Problems(url, "GET", result.Status(), mediaType, result.ReadAsText()).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint_with_the_bearer_scheme()
    {
        var result = await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null);
        result.Status().ShouldBe(200);
        var doc = result.Json();
        doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString().ShouldBe("bearer");

        var paths = doc.GetProperty("paths");
        string[] expected = ["/api/clients", "/api/clients/{id}", "/api/clients/{id}/archive", "/api/clients/{id}/restore",
            "/api/clients/{id}/history", "/api/admin/tenants", "/api/admin/tenants/{tenantId}/keys/{keyId}"];
        foreach (var path in expected) paths.TryGetProperty(path, out _).ShouldBeTrue(path);

        var post = paths.GetProperty("/api/clients").GetProperty("post");
        post.GetProperty("tags")[0].GetString().ShouldBe("Clients");
        post.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        var responses = post.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        responses.ShouldBe(["201", "400", "409", "401", "403", "413", "414", "415", "422", "429", "431", "503"], ignoreOrder: true);
        post.GetProperty("responses").GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task An_unknown_route_with_a_valid_key_is_a_404_problem()
    {
        var tenant = await app.NewTenant();
        var result = await tenant.Get("/api/nothing-here");
        result.Status().ShouldBe(404);
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
    }
}
