using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Http;

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

    /// <summary>PATCHes <paramref name="json"/> as written, as a JSON merge patch unless <paramref name="contentType"/> says otherwise.</summary>
    public Task<IScenarioResult> Patch(string url, string json, IDictionary<string, string>? headers = null,
        string contentType = "application/merge-patch+json") =>
        App.Host.Scenario(s =>
        {
            s.Patch.Text(json).ContentType(contentType).ToUrl(url);
            s.WithRequestHeader("Authorization", $"Bearer {ApiKey}");
            foreach (var (name, value) in headers ?? new Dictionary<string, string>()) s.WithRequestHeader(name, value);
            s.IgnoreStatusCode();
        });

    public Task<IScenarioResult> Delete(string url, IDictionary<string, string>? headers = null) =>
        App.Send(HttpMethod.Delete, url, ApiKey, headers: headers);

    /// <summary>PUTs a file as a browser form would: multipart/form-data, field <c>file</c>.</summary>
    public Task<IScenarioResult> PutFile(string url, byte[] file, string fileName, IDictionary<string, string>? headers = null) =>
        App.Host.Scenario(s =>
        {
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(file), "file", fileName);
            s.Put.MultipartFormData(form).ToUrl(url);
            s.WithRequestHeader("Authorization", $"Bearer {ApiKey}");
            foreach (var (name, value) in headers ?? new Dictionary<string, string>()) s.WithRequestHeader(name, value);
            s.IgnoreStatusCode();
        });

    public Task<IScenarioResult> PostRaw(string url, string raw) => App.Send(HttpMethod.Post, url, ApiKey, rawBody: raw);

    /// <summary>Uploads a spreadsheet to the client import as a browser form would.</summary>
    public Task<IScenarioResult> Import(byte[] file, string fileName, string query = "", string? idempotencyKey = null) =>
        App.Host.Scenario(s =>
        {
            if (idempotencyKey is not null) s.WithRequestHeader("Idempotency-Key", idempotencyKey);
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(file), "file", fileName);
            s.Post.MultipartFormData(form).ToUrl("/api/clients/imports");
            // Alba's multipart path takes no query string in the URL.
            if (query.Length > 0) s.ConfigureHttpContext(c => c.Request.QueryString = new QueryString(query));
            s.WithRequestHeader("Authorization", $"Bearer {ApiKey}");
            s.IgnoreStatusCode();
        });

    /// <summary>Imports a file that must be taken inside the request; returns the import document.</summary>
    public async Task<JsonElement> ImportNow(byte[] file, string fileName, string query = "")
    {
        var result = await Import(file, fileName, query);
        result.Status().ShouldBe(200, result.ReadAsText());
        return result.Json();
    }

    /// <summary>The body of a file download.</summary>
    public async Task<byte[]> Download(string url)
    {
        var result = await Get(url);
        result.Status().ShouldBe(200, result.ReadAsText());
        var body = new MemoryStream();
        result.Context.Response.Body.Position = 0;
        await result.Context.Response.Body.CopyToAsync(body);
        return body.ToArray();
    }

    /// <summary>Registers a client and returns its view; fails the test unless 201.</summary>
    public async Task<JsonElement> RegisterClient(object body)
    {
        var result = await Post("/api/clients", body);
        result.Status().ShouldBe(201, result.ReadAsText());
        return result.Json();
    }

    /// <summary>Registers a client and returns its id.</summary>
    public async Task<Guid> NewClient(string name = "Cliente", bool equivalenceSurcharge = false, int paymentTermsDays = 30) =>
        (await RegisterClient(new { name, equivalenceSurcharge, paymentTermsDays })).GetProperty("id").GetGuid();

    /// <summary>Issues an invoice and returns its view; fails the test unless 201.</summary>
    public async Task<JsonElement> IssueInvoice(object body)
    {
        var result = await Post("/api/invoices", body);
        result.Status().ShouldBe(201, result.ReadAsText());
        return result.Json();
    }

    /// <summary>One line of 100 € at 21 % for <paramref name="clientId"/>: a total of 121 €.</summary>
    public Task<JsonElement> IssueSimpleInvoice(Guid clientId, string? issueDate = null, string? dueDate = null, string? series = null) =>
        IssueInvoice(new { clientId, issueDate, dueDate, series, lines = new[] { new { description = "Servicio", quantity = 1, unitPrice = 100, vatRate = 21 } } });

    public async Task<JsonElement> Invoice(Guid id, string query = "")
    {
        var result = await Get($"/api/invoices/{id}{query}");
        result.Status().ShouldBe(200, result.ReadAsText());
        return result.Json();
    }

    public Task<JsonElement[]> History(Guid clientId) => HistoryOf($"/api/clients/{clientId}/history");

    public async Task<JsonElement[]> HistoryOf(string url)
    {
        var result = await Get(url);
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
