using System.Text.Json;
using Alba;

namespace Blueindic.Api.Tests.Support;

/// <summary>Scenario helpers acting as one business with its API key.</summary>
public sealed record TestTenant(AppFixture App, Guid TenantId, Guid KeyId, string ApiKey)
{
    public Task<IScenarioResult> Get(string url, IDictionary<string, string>? headers = null) =>
        App.Send(HttpMethod.Get, url, ApiKey, headers: headers);

    public Task<IScenarioResult> Post(string url, object? body = null, IDictionary<string, string>? headers = null) =>
        App.Send(HttpMethod.Post, url, ApiKey, body, headers);

    public Task<IScenarioResult> Put(string url, object body, IDictionary<string, string>? headers = null) =>
        App.Send(HttpMethod.Put, url, ApiKey, body, headers);

    public Task<IScenarioResult> PostRaw(string url, string raw) => App.Send(HttpMethod.Post, url, ApiKey, rawBody: raw);

    /// <summary>Registers a client and returns its view; fails the test unless 201.</summary>
    public async Task<JsonElement> RegisterClient(object body)
    {
        var result = await Post("/api/clients", body);
        result.Status().ShouldBe(201, result.ReadAsText());
        return result.Json();
    }

    public async Task<JsonElement[]> History(Guid clientId)
    {
        var result = await Get($"/api/clients/{clientId}/history");
        result.Status().ShouldBe(200, result.ReadAsText());
        return result.Json().EnumerateArray().ToArray();
    }

    public async Task<JsonElement> ListClients(string query = "")
    {
        var result = await Get($"/api/clients{query}");
        result.Status().ShouldBe(200, result.ReadAsText());
        return result.Json();
    }
}
