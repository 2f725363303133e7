using Blueindic.Api.Common;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Blueindic.Api.Clients;

public static class GetClientHistoryEndpoint
{
    /// <summary>Every fact of a client, oldest first, with who caused it and the request's correlation id.</summary>
    [WolverineGet("/api/clients/{id}/history"), Tags("Clients")]
    [ProducesResponseType<IReadOnlyList<HistoryEntry>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return events.Count == 0 ? Problems.NotFound("client") : Results.Ok(events.Select(HistoryEntry.From).ToList());
    }
}
