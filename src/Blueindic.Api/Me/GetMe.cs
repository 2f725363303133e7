using System.Security.Claims;
using Blueindic.Api.Auth;
using Blueindic.Api.Settings;
using Blueindic.Domain.Common;
using Blueindic.Domain.Tenants;

namespace Blueindic.Api.Me;

public static class GetMeEndpoint
{
    /// <summary>The calling key's business, its key id, today in Spain and the alert window (business keys only).</summary>
    [WolverineGet("/api/me"), Tags("Me")]
    [ProducesResponseType<MeResponse>(StatusCodes.Status200OK)]
    public static async Task<MeResponse> Get(ClaimsPrincipal user, IQuerySession session, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var tenantId = Guid.Parse(session.TenantId);
        // Tenants live under the default tenant, as in IssuingContext.
        await using var tenants = store.QuerySession();
        var tenant = await tenants.Events.AggregateStreamAsync<Tenant>(tenantId, token: ct)
                     ?? throw new InvalidOperationException($"Tenant {tenantId} has a key but no stream.");
        return new MeResponse(
            TenantId: tenantId,
            Name: tenant.Name,
            TaxId: tenant.TaxId,
            KeyId: Guid.Parse(user.FindFirstValue(BlueindicClaims.KeyId)!),
            Today: SpanishTime.Today(clock.GetUtcNow()),
            AlertWindowDays: await AlertSettings.WindowDaysAsync(session, ct));
    }
}
