using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients;

/// <summary>The lookup the tax-id rule needs (<see cref="Domain.Clients.ClientDecisions"/>); the unique index is the backstop.</summary>
internal static class ClientTaxIds
{
    /// <summary>The other client of this business that has <paramref name="taxId"/>, if any.</summary>
    public static async Task<Guid?> HolderAsync(IQuerySession session, string? taxId, Guid clientId, CancellationToken ct)
    {
        if (taxId is null) return null;
        var other = await session.Query<ClientView>().Where(x => x.TaxId == taxId && x.Id != clientId)
            .Select(x => x.Id).FirstOrDefaultAsync(ct);
        return other == Guid.Empty ? null : other;
    }
}
