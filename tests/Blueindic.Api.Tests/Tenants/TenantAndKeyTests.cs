using Blueindic.Api.Tests.Support;
using Blueindic.Projections.Tenants;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Tenants;

[Collection(ApiCollection.Name)]
public sealed class TenantAndKeyTests(AppFixture app)
{
    [Fact]
    public async Task Registering_a_tenant_answers_a_working_key_and_stores_only_its_hash()
    {
        var result = await app.Send(HttpMethod.Post, "/api/admin/tenants", AppFixture.AdminKey, new { name = "Ruiz Arquitectos", taxId = "b-6471.7838" });
        result.Status().ShouldBe(201);
        var body = result.Json();
        body.GetProperty("taxId").GetString().ShouldBe("B64717838");
        var apiKey = body.GetProperty("apiKey").GetString()!;
        apiKey.ShouldStartWith("bik_");

        (await app.Send(HttpMethod.Get, "/api/clients", apiKey)).Status().ShouldBe(200);

        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var credential = await session.LoadAsync<ApiKeyCredential>(body.GetProperty("keyId").GetGuid());
        credential.ShouldNotBeNull();
        credential.KeyHash.ShouldNotBe(apiKey);
        var leaks = await session.QueryAsync<int>(
            "select count(*)::int from blueindic.mt_events where data::text like ?", $"%{apiKey[20..]}%");
        leaks.Single().ShouldBe(0);
    }

    [Theory]
    [InlineData("""{ "name": "Sin NIF" }""", "taxId")]
    [InlineData("""{ "name": "NIF malo", "taxId": "12345678A" }""", "taxId")]
    [InlineData("""{ "name": "", "taxId": "12345678Z" }""", "name")]
    [InlineData("""{ "name": "Ausländer GmbH", "taxId": "DE123456788" }""", "taxId")]
    [InlineData("""{ "name": "Nul\u0000", "taxId": "12345678Z" }""", "name")]
    [InlineData("""{ "name": "Sin país", "taxId": "12345678Z", "address": { "country": "XX" } }""", "address.country")]
    public async Task A_tenant_needs_a_name_and_a_valid_tax_id(string json, string field)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Text(json).ContentType("application/json").ToUrl("/api/admin/tenants");
            s.WithRequestHeader("Authorization", $"Bearer {AppFixture.AdminKey}");
            s.IgnoreStatusCode();
        });
        result.ErrorFields().ShouldContain(field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bik_00000000000000000000000000000000_0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-a-key")]
    public async Task Missing_or_unknown_keys_get_401_problems(string? key)
    {
        var result = await app.Send(HttpMethod.Get, "/api/clients", key);
        result.Status().ShouldBe(401);
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
    }

    [Fact]
    public async Task A_tampered_secret_of_a_real_key_id_is_refused()
    {
        var tenant = await app.NewTenant();
        var tampered = tenant.ApiKey[..^4] + (tenant.ApiKey.EndsWith("0000") ? "1111" : "0000");
        (await app.Send(HttpMethod.Get, "/api/clients", tampered)).Status().ShouldBe(401);
    }

    [Fact]
    public async Task Tenant_keys_may_not_call_admin_endpoints_nor_the_admin_key_tenant_ones()
    {
        var tenant = await app.NewTenant();
        (await app.Send(HttpMethod.Post, "/api/admin/tenants", tenant.ApiKey, new { name = "x", taxId = "12345678Z" })).Status().ShouldBe(403);
        (await app.Send(HttpMethod.Post, $"/api/admin/tenants/{tenant.TenantId}/keys", tenant.ApiKey)).Status().ShouldBe(403);
        (await app.Send(HttpMethod.Get, "/api/clients", AppFixture.AdminKey)).Status().ShouldBe(403);
    }

    [Fact]
    public async Task A_second_key_works_and_a_revoked_key_fails_at_once()
    {
        var tenant = await app.NewTenant();
        var issued = await app.Send(HttpMethod.Post, $"/api/admin/tenants/{tenant.TenantId}/keys", AppFixture.AdminKey);
        issued.Status().ShouldBe(201);
        var second = issued.Json().GetProperty("apiKey").GetString()!;
        await tenant.RegisterClient(new { name = "Cliente compartido" });
        var seenWithSecond = await app.Send(HttpMethod.Get, "/api/clients", second);
        seenWithSecond.Json().GetProperty("data").GetArrayLength().ShouldBe(1);

        var revoke = await app.Send(HttpMethod.Delete, $"/api/admin/tenants/{tenant.TenantId}/keys/{tenant.KeyId}", AppFixture.AdminKey);
        revoke.Status().ShouldBe(204);
        (await tenant.Get("/api/clients")).Status().ShouldBe(401);
        (await app.Send(HttpMethod.Get, "/api/clients", second)).Status().ShouldBe(200);

        // Revoking again changes nothing; an unknown key or tenant is a 404.
        (await app.Send(HttpMethod.Delete, $"/api/admin/tenants/{tenant.TenantId}/keys/{tenant.KeyId}", AppFixture.AdminKey)).Status().ShouldBe(204);
        (await app.Send(HttpMethod.Delete, $"/api/admin/tenants/{tenant.TenantId}/keys/{Guid.NewGuid()}", AppFixture.AdminKey)).Status().ShouldBe(404);
        (await app.Send(HttpMethod.Post, $"/api/admin/tenants/{Guid.NewGuid()}/keys", AppFixture.AdminKey)).Status().ShouldBe(404);

        var view = await app.Send(HttpMethod.Get, $"/api/admin/tenants/{tenant.TenantId}", AppFixture.AdminKey);
        view.Status().ShouldBe(200);
        view.Json().GetProperty("activeKeyIds").EnumerateArray().Select(k => k.GetGuid())
            .ShouldBe([issued.Json().GetProperty("keyId").GetGuid()]);
    }
}
