using Blueindic.Api.Auth;
using Blueindic.Domain.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace Blueindic.Api.Admin;

public static class GetTenantEndpoint
{
    /// <summary>A tenant with the ids of its keys in force.</summary>
    [WolverineGet("/api/admin/tenants/{tenantId}"), NotTenanted, Tags("Admin")]
    [Authorize(Policy = BlueindicClaims.AdminPolicy)]
    [ProducesResponseType<TenantResponse>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid tenantId, IQuerySession session, CancellationToken ct)
    {
        var tenant = await session.Events.AggregateStreamAsync<Tenant>(tenantId, token: ct);
        return tenant is null
            ? Problems.NotFound("tenant")
            : Results.Ok(new TenantResponse(tenant.Id, tenant.Name, tenant.TaxId, tenant.Address, tenant.ActiveKeys.Order().ToList()));
    }
}
