using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Alba;
using Blueindic.Api.Auth;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Security;

/// <summary>
/// Every endpoint the API maps, read from its routing table (so a new endpoint joins the matrix by
/// itself): another business's key never reaches a business's ids, the admin key reaches no
/// business's data and business keys reach no admin endpoint.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IsolationMatrixTests(AppFixture app)
{
    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    /// <summary>Every /api endpoint: method, route, and whether it is for the admin key.</summary>
    private IReadOnlyList<(string Method, string Route, bool Admin)> Endpoints() => Endpoints(app.Host);

    public static IReadOnlyList<(string Method, string Route, bool Admin)> Endpoints(IAlbaHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e.RoutePattern.RawText!,
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == BlueindicClaims.AdminPolicy))))
            .Distinct().OrderBy(e => e.Item2).ToList();

    /// <summary>A body each command would accept, so what answers is the id, not the body.</summary>
    private static object? Body(string route) => route switch
    {
        _ when route.EndsWith("/payments") => new { amount = 1 },
        _ when route.EndsWith("/reverse") || route.EndsWith("/uncollectible") || route.EndsWith("/corrections") || route.EndsWith("/annul")
            => new { reason = "Prueba" },
        "/api/clients/{id}" => new { name = "Otro nombre" },
        _ => null,
    };

    [Fact]
    public async Task Another_business_key_finds_none_of_a_business_ids_and_changes_nothing()
    {
        var (owner, stranger) = (await app.NewTenant(), await app.NewTenant());
        var client = await owner.NewClient("Ana");
        var invoice = await owner.IssueSimpleInvoice(client, "2026-06-01", "2026-07-01");
        var paid = (await owner.Post($"/api/invoices/{Id(invoice)}/payments", new { amount = 10 })).Json();
        var import = await owner.ImportNow(Sheets.Utf8Csv(["Nombre"], ["Bea"]), "clientes.csv");
        var paymentId = paid.GetProperty("payments")[0].GetProperty("id").GetGuid();
        string Url(string route)
        {
            var id = route.StartsWith("/api/clients/imports/{id}") ? Id(import)
                : route.StartsWith("/api/clients/{id}") ? client
                : Id(invoice);
            return route.Replace("{id}", $"{id}").Replace("{paymentId}", $"{paymentId}").Replace("{number}", invoice.GetProperty("number").GetString())
                .Replace("{position}", "1");   // the owner's first VERI*FACTU record
        }
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(owner.TenantId.ToString());
        var eventsBefore = await session.Events.QueryAllRawEvents().CountAsync();

        var reached = new List<string>();
        var withIds = Endpoints().Where(e => e.Route.Contains('{') && !e.Admin).ToList();
        withIds.Count.ShouldBeGreaterThan(10);
        foreach (var (method, route, _) in withIds)
        {
            var url = Url(route);
            url.Contains('{').ShouldBeFalse($"no id of the owner's for {route}");
            var result = await app.Send(new HttpMethod(method), url, stranger.ApiKey, Body(route) ?? new { });
            if (result.Status() != 404) reached.Add($"{method} {url} → {result.Status()}");
        }
        reached.ShouldBeEmpty();
        (await session.Events.QueryAllRawEvents().CountAsync()).ShouldBe(eventsBefore);
        (await owner.Get($"/api/invoices/{Id(invoice)}")).Json().GetProperty("amountDue").GetDecimal().ShouldBe(111m);   // 121 − the owner's 10
    }

    [Fact]
    public async Task Another_business_ids_in_a_body_or_a_query_reach_nothing_either()
    {
        var (owner, stranger) = (await app.NewTenant(), await app.NewTenant());
        var client = await owner.NewClient("Ana");
        await owner.IssueSimpleInvoice(client);
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(stranger.TenantId.ToString());
        var before = await session.Events.QueryAllRawEvents().CountAsync();

        var issued = await stranger.Post("/api/invoices", new { clientId = client, lines = new[] { new { description = "x", quantity = 1, unitPrice = 1, vatRate = 21 } } });
        issued.Status().ShouldBe(404);
        (await session.Events.QueryAllRawEvents().CountAsync()).ShouldBe(before);
        foreach (var url in new[] { $"/api/invoices?clientId={client}", $"/api/receivables?clientId={client}" })
            (await stranger.Get(url)).Json().GetProperty("data").GetArrayLength().ShouldBe(0, url);
        (await stranger.Get($"/api/clients/{client}/morosity")).Status().ShouldBe(404);
    }

    [Fact]
    public async Task The_admin_key_reaches_no_business_endpoint_business_keys_no_admin_one_and_no_key_none()
    {
        var tenant = await app.NewTenant();
        var refused = new List<string>();
        var endpoints = Endpoints();
        endpoints.Count(e => e.Admin).ShouldBeGreaterThanOrEqualTo(5);
        foreach (var (method, route, admin) in endpoints)
        {
            var url = route.Replace("{tenantId}", $"{tenant.TenantId}").Replace("{keyId}", $"{tenant.KeyId}")
                .Replace("{paymentId}", $"{Guid.NewGuid()}").Replace("{number}", "F-2026-0001").Replace("{id}", $"{Guid.NewGuid()}");
            var key = admin ? tenant.ApiKey : AppFixture.AdminKey;
            var status = (await app.Send(new HttpMethod(method), url, key, Body(route) ?? new { })).Status();
            if (status != 403) refused.Add($"{method} {url} → {status}");
            var anonymous = (await app.Send(new HttpMethod(method), url, null, Body(route) ?? new { })).Status();
            if (anonymous != 401) refused.Add($"{method} {url} without a key → {anonymous}");
        }
        refused.ShouldBeEmpty();
    }
}
