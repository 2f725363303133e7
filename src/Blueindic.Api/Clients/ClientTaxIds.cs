using Blueindic.Projections.Clients;
using Marten;
using Blueindic.Api.Http;

namespace Blueindic.Api.Clients;

internal static class ClientTaxIds
{
    /// <summary>A 409 when another client of this tenant already has the tax id; null otherwise.</summary>
    public static async Task<IResult?> ConflictAsync(IQuerySession session, string? taxId, Guid clientId, CancellationToken ct)
    {
        if (taxId is null) return null;
        var other = await session.Query<ClientView>().Where(x => x.TaxId == taxId && x.Id != clientId)
            .Select(x => x.Id).FirstOrDefaultAsync(ct);
        return other == Guid.Empty ? null : Problems.Conflict($"Tax id {taxId} already belongs to client {other}.");
    }
}
