using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Blueindic.Faults;

/// <summary>A business registered through the admin API, its key, and a client to invoice.</summary>
internal sealed record Business(string TenantId, string Key, Guid ClientId)
{
    public static async Task<Business> RegisterAsync(ApiNode node, string adminKey, string name)
    {
        var tenant = await PostAsync(node.Http, adminKey, "/api/admin/tenants", new { name, taxId = "B64717838" });
        var key = tenant.GetProperty("apiKey").GetString()!;
        var client = await PostAsync(node.Http, key, "/api/clients", new { name = $"Cliente de {name}", taxId = "12345678Z" });
        return new Business(tenant.GetProperty("tenantId").GetGuid().ToString(), key, client.GetProperty("id").GetGuid());
    }

    /// <summary>An invoice of 100 € + 21 % VAT to the business's client.</summary>
    public object Invoice => new { clientId = ClientId, lines = new[] { new { description = "Servicio", quantity = 1, unitPrice = 100, vatRate = 21 } } };

    public HttpRequestMessage Post(string url, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    public async Task<string> GetAsync(ApiNode node, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var response = await node.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} on {node.Name} → {(int)response.StatusCode}: {body}");
        return body;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string key, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
