namespace Blueindic.Domain.Tenants;

/// <summary>A business using Blueindic, with the ids of its API keys still in force.</summary>
public sealed record Tenant(Guid Id, string Name, string TaxId, Clients.Address? Address, IReadOnlySet<Guid> ActiveKeys, IReadOnlySet<Guid> RevokedKeys)
{
    public static Tenant Create(TenantRegistered e) => new(e.TenantId, e.Name, e.TaxId, e.Address?.ToAddress(), new HashSet<Guid>(), new HashSet<Guid>());
    public Tenant Apply(ApiKeyIssued e) => this with { ActiveKeys = new HashSet<Guid>(ActiveKeys) { e.KeyId } };
    public Tenant Apply(ApiKeyRevoked e) => this with
    {
        ActiveKeys = ActiveKeys.Where(k => k != e.KeyId).ToHashSet(),
        RevokedKeys = new HashSet<Guid>(RevokedKeys) { e.KeyId },
    };
}
