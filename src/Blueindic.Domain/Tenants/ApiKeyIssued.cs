namespace Blueindic.Domain.Tenants;

/// <summary>A key was issued; only the SHA-256 of the key is kept, never the key.</summary>
public sealed record ApiKeyIssued(Guid TenantId, Guid KeyId, string KeyHash, DateTimeOffset IssuedAt);
