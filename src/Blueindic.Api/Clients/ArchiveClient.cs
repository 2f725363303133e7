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
    public static Task<IResult> Post(Guid id, IDocumentSession session, TimeProvider clock, HttpRequest request, CancellationToken ct) =>
        ClientResponse.Command(id, session, request, client => Task.FromResult<object?>(ClientDecisions.Archive(client, clock.GetUtcNow())), ct);
}
