namespace Blueindic.Domain.Tenants;

/// <param name="Address">The issuer's address, printed on its invoices (RD 1619/2012); optional for tenants registered before it existed.</param>
public sealed record TenantRegistered(Guid TenantId, string Name, string TaxId, DateTimeOffset RegisteredAt, Clients.Address? Address = null);

/// <summary>A key was issued; only the SHA-256 of the key is kept, never the key.</summary>
public sealed record ApiKeyIssued(Guid TenantId, Guid KeyId, string KeyHash, DateTimeOffset IssuedAt);

public sealed record ApiKeyRevoked(Guid TenantId, Guid KeyId, DateTimeOffset RevokedAt);

/// <summary>A business using Blueindic, with the ids of its API keys still in force.</summary>
public sealed record Tenant(Guid Id, string Name, string TaxId, Clients.Address? Address, IReadOnlySet<Guid> ActiveKeys, IReadOnlySet<Guid> RevokedKeys)
{
    public static Tenant Create(TenantRegistered e) => new(e.TenantId, e.Name, e.TaxId, e.Address, new HashSet<Guid>(), new HashSet<Guid>());
    public Tenant Apply(ApiKeyIssued e) => this with { ActiveKeys = new HashSet<Guid>(ActiveKeys) { e.KeyId } };
    public Tenant Apply(ApiKeyRevoked e) => this with
    {
        ActiveKeys = ActiveKeys.Where(k => k != e.KeyId).ToHashSet(),
        RevokedKeys = new HashSet<Guid>(RevokedKeys) { e.KeyId },
    };
}

public static class TenantDecisions
{
    public static ApiKeyIssued IssueKey(Tenant tenant, Guid keyId, string keyHash, DateTimeOffset now) =>
        new(tenant.Id, keyId, keyHash, now);

    /// <returns>The revocation, or null when the key was already revoked (revoking is idempotent).</returns>
    public static ApiKeyRevoked? RevokeKey(Tenant tenant, Guid keyId, DateTimeOffset now)
    {
        if (tenant.RevokedKeys.Contains(keyId)) return null;
        if (!tenant.ActiveKeys.Contains(keyId)) throw new Common.DomainNotFoundException("The tenant has no such key.");
        return new ApiKeyRevoked(tenant.Id, keyId, now);
    }
}
