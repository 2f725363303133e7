using Blueindic.Domain.Clients;
using Blueindic.Api.Common;

namespace Blueindic.Api.Clients;

public static class GetClientHistoryEndpoint
{
    /// <summary>Every fact of a client, oldest first, with who caused it and the request's correlation id.</summary>
    [WolverineGet("/api/clients/{id}/history"), Tags("Clients")]
    [ProducesResponseType<IReadOnlyList<HistoryEntry>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await HistoryEntry.ForStream<ClientRegistered>(session, id, "client", ct);
}
