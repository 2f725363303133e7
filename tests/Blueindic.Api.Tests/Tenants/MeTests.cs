using System.Globalization;
using System.Security.Claims;
using Blueindic.Api.Auth;
using Blueindic.Api.Me;
using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Tenants;

[Collection(ApiCollection.Name)]
public sealed class MeTests(AppFixture app)
{
    [Fact]
    public async Task A_business_key_learns_its_business_its_key_today_in_Spain_and_its_alert_window()
    {
        var tenant = await app.NewTenant("Estudio Ruiz", "12345678Z");

        var result = await tenant.Get("/api/me");
        result.Status().ShouldBe(200, result.ReadAsText());
        var me = result.Json();
        me.GetProperty("tenantId").GetGuid().ShouldBe(tenant.TenantId);
        me.GetProperty("name").GetString().ShouldBe("Estudio Ruiz");
        me.GetProperty("taxId").GetString().ShouldBe("12345678Z");
        me.GetProperty("keyId").GetGuid().ShouldBe(tenant.KeyId);
        me.GetProperty("today").GetString().ShouldBe(AppFixture.Today.ToString("yyyy-MM-dd"));
        me.GetProperty("alertWindowDays").GetInt32().ShouldBe(7);
        me.EnumerateObject().Select(p => p.Name).ShouldBe(["tenantId", "name", "taxId", "keyId", "today", "alertWindowDays"], ignoreOrder: true);

        (await tenant.Put("/api/settings/alerts", new { alertWindowDays = 12 })).Status().ShouldBe(200);
        (await tenant.Get("/api/me")).Json().GetProperty("alertWindowDays").GetInt32().ShouldBe(12);
    }

    [Fact]
    public async Task Each_key_of_a_business_sees_its_own_key_id()
    {
        var tenant = await app.NewTenant();
        var issued = await app.Send(HttpMethod.Post, $"/api/admin/tenants/{tenant.TenantId}/keys", AppFixture.AdminKey);
        issued.Status().ShouldBe(201, issued.ReadAsText());
        var second = issued.Json();

        var me = (await app.Send(HttpMethod.Get, "/api/me", second.GetProperty("apiKey").GetString())).Json();
        me.GetProperty("keyId").GetGuid().ShouldBe(second.GetProperty("keyId").GetGuid());
        me.GetProperty("keyId").GetGuid().ShouldNotBe(tenant.KeyId);
        me.GetProperty("tenantId").GetGuid().ShouldBe(tenant.TenantId);
    }

    [Theory]
    [InlineData(AppFixture.AdminKey, 403)]
    [InlineData(null, 401)]
    public async Task The_admin_key_is_refused_and_no_key_is_unauthorized(string? key, int status)
    {
        var result = await app.Send(HttpMethod.Get, "/api/me", key);
        result.Status().ShouldBe(status, result.ReadAsText());
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        result.Json().GetProperty("status").GetInt32().ShouldBe(status);
    }

    [Theory]
    [InlineData("2026-06-15T21:59:59Z", "2026-06-15")]   // 23:59:59 in Madrid (summer, UTC+2)
    [InlineData("2026-06-15T22:00:00Z", "2026-06-16")]   // midnight in Madrid, still the 15th in UTC
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01")]   // winter, UTC+1: already next year in Spain
    public async Task Today_is_the_date_in_Spain_not_in_UTC(string instant, string today)
    {
        var tenant = await app.NewTenant();
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession(tenant.TenantId.ToString());
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(BlueindicClaims.Tenant, tenant.TenantId.ToString()), new Claim(BlueindicClaims.KeyId, tenant.KeyId.ToString())], BlueindicClaims.Scheme));

        var me = await GetMeEndpoint.Get(user, session, store, new FixedClock(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)), CancellationToken.None);

        me.Today.ShouldBe(DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        me.KeyId.ShouldBe(tenant.KeyId);
    }
}
