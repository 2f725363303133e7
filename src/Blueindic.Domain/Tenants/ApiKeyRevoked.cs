namespace Blueindic.Domain.Tenants;

public sealed record ApiKeyRevoked(Guid TenantId, Guid KeyId, DateTimeOffset RevokedAt);
