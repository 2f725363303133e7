using Blueindic.Domain.Clients;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Blueindic.Api.Clients;

public static class RestoreClientEndpoint
{
    /// <summary>Restore an archived client.</summary>
    [WolverinePost("/api/clients/{id}/restore"), Tags("Clients")]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, IDocumentSession session, TimeProvider clock, HttpRequest request, CancellationToken ct) =>
        ClientResponse.Command(id, session, request, client => Task.FromResult<object?>(ClientDecisions.Restore(client, clock.GetUtcNow())), ct);
}
