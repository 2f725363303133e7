using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Blueindic.Bench;

/// <summary>A business made through the admin API, with an HTTP client holding its key and one client to invoice.</summary>
internal sealed record BenchTenant(string TenantId, HttpClient Http, Guid ClientId)
{
    /// <summary>A measured read: GET <paramref name="url"/> with the whole body read; anything but 2xx stops the run.</summary>
    public Func<int, int, Task> Reads(string url) => async (_, _) =>
    {
        using var response = await Http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    };
}

internal static class Tenants
{
    public static HttpClient Client(Uri baseUrl, string key)
    {
        var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(120) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static async Task<BenchTenant> CreateAsync(HttpClient admin, Uri baseUrl, string name)
    {
        var tenant = await PostAsync<JsonElement>(admin, "/api/admin/tenants", new { name, taxId = "B64717838" });
        var http = Client(baseUrl, tenant.GetProperty("apiKey").GetString()!);
        var client = await PostAsync<JsonElement>(http, "/api/clients", new { name = $"Cliente de {name}" });
        return new BenchTenant(tenant.GetProperty("tenantId").GetGuid().ToString(), http, client.GetProperty("id").GetGuid());
    }

    public static async Task<T> PostAsync<T>(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
