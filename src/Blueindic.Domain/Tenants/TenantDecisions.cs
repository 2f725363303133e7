namespace Blueindic.Domain.Tenants;

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
