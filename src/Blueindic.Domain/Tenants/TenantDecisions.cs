using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tenants;

public static class TenantDecisions
{
    /// <summary>A business starts: its NIF goes on every invoice and heads its VERI*FACTU records, so it must be Spanish.</summary>
    public static TenantRegistered Register(Guid tenantId, string name, TaxId taxId, Address? address, DateTimeOffset now)
    {
        if (taxId.Kind == TaxIdKind.EuVat) throw new DomainValidationException("taxId", "The issuer's tax id must be a Spanish NIF, NIE or CIF.");
        return new TenantRegistered(tenantId, name, taxId.Value, now, address is null ? null : EventAddress.Of(address));
    }

    public static ApiKeyIssued IssueKey(Tenant tenant, Guid keyId, string keyHash, DateTimeOffset now) =>
        new(tenant.Id, keyId, keyHash, now);

    /// <returns>The revocation, or null when the key was already revoked (revoking is idempotent).</returns>
    public static ApiKeyRevoked? RevokeKey(Tenant tenant, Guid keyId, DateTimeOffset now)
    {
        if (tenant.RevokedKeys.Contains(keyId)) return null;
        if (!tenant.ActiveKeys.Contains(keyId)) throw new DomainNotFoundException("The tenant has no such key.");
        return new ApiKeyRevoked(tenant.Id, keyId, now);
    }
}
