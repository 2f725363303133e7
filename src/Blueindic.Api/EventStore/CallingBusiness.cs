using Blueindic.Domain.Tenants;

namespace Blueindic.Api.EventStore;

/// <summary>The business (tenant) a business key belongs to.</summary>
internal static class CallingBusiness
{
    /// <summary>Folded from its stream, which lives under the default tenant, not the business's own.</summary>
    public static async Task<Tenant> LoadAsync(IDocumentStore store, string tenantId, CancellationToken ct)
    {
        await using var tenants = store.QuerySession();
        return await tenants.Events.AggregateStreamAsync<Tenant>(Guid.Parse(tenantId), token: ct)
               ?? throw new InvalidOperationException($"Tenant {tenantId} has a key but no stream.");
    }
}
