using Blueindic.Api.Auth;
using Blueindic.Domain.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

namespace Blueindic.Api.Admin;

/// <param name="ApiKey">The new key. It is shown only in this answer.</param>
public sealed record ApiKeyIssuedResponse(Guid KeyId, string ApiKey);

public static class IssueApiKeyEndpoint
{
    /// <summary>Issue another API key for a tenant (e.g. to rotate keys without downtime).</summary>
    [WolverinePost("/api/admin/tenants/{tenantId}/keys"), NotTenanted, Tags("Admin")]
    [Authorize(Policy = BlueindicClaims.AdminPolicy)]
    [ProducesResponseType<ApiKeyIssuedResponse>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(Guid tenantId, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Tenant>(tenantId, ct);
        if (stream.Aggregate is not { } tenant) return Problems.NotFound("tenant");
        var keyId = Guid.CreateVersion7();
        var apiKey = ApiKeys.Generate(keyId);
        stream.AppendOne(TenantDecisions.IssueKey(tenant, keyId, ApiKeys.Hash(apiKey), clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/admin/tenants/{tenantId}", new ApiKeyIssuedResponse(keyId, apiKey));
    }
}
