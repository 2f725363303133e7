using Blueindic.Api.Common;
using Blueindic.Domain.Clients;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Blueindic.Api.Clients;

public static class ArchiveClientEndpoint
{
    /// <summary>Archive a client: it stays readable with its history but takes no new invoices.</summary>
    [WolverinePost("/api/clients/{id}/archive"), Tags("Clients")]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    public static async Task<IResult> Post(Guid id, IDocumentSession session, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Client>(id, ct);
        if (stream.Aggregate is not { } client) return Problems.NotFound("client");
        if (request.CheckIfMatch(stream.CurrentVersion ?? 0) is { } refused) return refused;
        stream.AppendOne(ClientDecisions.Archive(client, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.Ok(await ClientResponse.AfterCommand(session, id, response, ct));
    }
}
