using Blueindic.Api.Auth;
using Blueindic.Api.Idempotency;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace Blueindic.Api.Admin;

public static class RegisterTenantEndpoint
{
    /// <summary>Register a business (tenant) and issue its first API key.</summary>
    /// <remarks>Admin key only. Only a hash of the key is stored: keep the answer.</remarks>
    [WolverinePost("/api/admin/tenants"), NotTenanted, Tags("Admin")]
    [Authorize(Policy = BlueindicClaims.AdminPolicy)]
    [ProducesResponseType<TenantRegisteredResponse>(StatusCodes.Status201Created)]
    [ShownOnce("keyId")]
    public static async Task<IResult> Post(RegisterTenantInput? request, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (request is null) throw new DomainValidationException("body", "A JSON object is required.");
        var errors = new ValidationErrors();
        var name = FreeText.Required(request.Name, "name", 200, errors);
        if (!TaxId.TryParse(request.TaxId, out var taxId, out var taxError)) errors.Add("taxId", taxError);
        var address = request.Address?.ToAddress(errors);
        errors.ThrowIfAny();

        var tenantId = Guid.CreateVersion7();
        var (keyId, apiKey) = Start(session, TenantDecisions.Register(tenantId, name!, taxId, address, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/admin/tenants/{tenantId}",
            new TenantRegisteredResponse(tenantId, name!, taxId.Value, address, keyId, apiKey));
    }

    /// <summary>Starts a tenant's stream with its first key.</summary>
    private static (Guid KeyId, string ApiKey) Start(IDocumentSession session, TenantRegistered registered)
    {
        var keyId = Guid.CreateVersion7();
        var apiKey = ApiKeys.Generate(keyId);
        session.Events.StartStream<Tenant>(registered.TenantId, registered,
            TenantDecisions.IssueKey(Tenant.Create(registered), keyId, ApiKeys.Hash(apiKey), registered.RegisteredAt));
        return (keyId, apiKey);
    }
}
