using Blueindic.Api.Auth;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace Blueindic.Api.Admin;

/// <param name="Name">The business's name (1–200 characters).</param>
/// <param name="TaxId">The issuer's NIF/CIF, printed on every invoice it issues.</param>
/// <param name="Address">The issuer's address, printed on every invoice it issues.</param>
public sealed record RegisterTenant(string? Name, string? TaxId, AddressInput? Address = null);

public static class RegisterTenantEndpoint
{
    /// <summary>Register a business (tenant) and issue its first API key.</summary>
    /// <remarks>Admin key only. Only a hash of the key is stored: keep the answer.</remarks>
    [WolverinePost("/api/admin/tenants"), NotTenanted, Tags("Admin")]
    [Authorize(Policy = BlueindicClaims.AdminPolicy)]
    [ProducesResponseType<TenantRegisteredResponse>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(RegisterTenant? request, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (request is null) throw new DomainValidationException("body", "A JSON object is required.");
        var errors = new ValidationErrors();
        var name = FreeText.Required(request.Name, "name", 200, errors);
        if (!TaxId.TryParse(request.TaxId, out var taxId, out var taxError)) errors.Add("taxId", taxError);
        // The issuer's NIF goes on every invoice and heads its VERI*FACTU records: it must be Spanish.
        else if (taxId.Kind == TaxIdKind.EuVat) errors.Add("taxId", "The issuer's tax id must be a Spanish NIF, NIE or CIF.");
        var address = request.Address?.ToAddress(errors);
        errors.ThrowIfAny();

        var tenantId = Guid.CreateVersion7();
        var (keyId, apiKey) = Start(session, new TenantRegistered(tenantId, name!, taxId.Value, clock.GetUtcNow(), address is null ? null : EventAddress.Of(address)));
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
