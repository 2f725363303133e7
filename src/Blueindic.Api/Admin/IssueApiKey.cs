using Blueindic.Api.Auth;
using Blueindic.Api.Idempotency;
using Blueindic.Domain.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace Blueindic.Api.Admin;

public static class IssueApiKeyEndpoint
{
    /// <summary>Issue another API key for a tenant (e.g. to rotate keys without downtime).</summary>
    [WolverinePost("/api/admin/tenants/{tenantId}/keys"), NotTenanted, Tags("Admin")]
    [Authorize(Policy = BlueindicClaims.AdminPolicy)]
    [ProducesResponseType<ApiKeyIssuedResponse>(StatusCodes.Status201Created)]
    [ShownOnce("keyId")]
    public static async Task<IResult> Post(Guid tenantId, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var tenant = await session.FetchForCommandAsync<Tenant>(tenantId, "tenant", ct);
        var keyId = Guid.CreateVersion7();
        var apiKey = ApiKeys.Generate(keyId);
        tenant.AppendOne(TenantDecisions.IssueKey(tenant.Aggregate!, keyId, ApiKeys.Hash(apiKey), clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/admin/tenants/{tenantId}", new ApiKeyIssuedResponse(keyId, apiKey));
    }
}
