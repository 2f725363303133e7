using Blueindic.Api.Auth;
using Blueindic.Domain.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace Blueindic.Api.Admin;

public static class RevokeApiKeyEndpoint
{
    /// <summary>Revoke a tenant's API key; requests with it get 401 from now on.</summary>
    /// <remarks>Revoking a key already revoked changes nothing and answers 204 again.</remarks>
    [WolverineDelete("/api/admin/tenants/{tenantId}/keys/{keyId}"), NotTenanted, Tags("Admin")]
    [Authorize(Policy = BlueindicClaims.AdminPolicy)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> Delete(Guid tenantId, Guid keyId, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var tenant = await session.FetchForCommandAsync<Tenant>(tenantId, "tenant", ct);
        if (TenantDecisions.RevokeKey(tenant.Aggregate!, keyId, clock.GetUtcNow()) is { } revoked) tenant.AppendOne(revoked);
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
