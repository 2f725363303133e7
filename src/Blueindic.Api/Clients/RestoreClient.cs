using Blueindic.Domain.Clients;
using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients;

public static class RestoreClientEndpoint
{
    /// <summary>Restore an archived client.</summary>
    [WolverinePost("/api/clients/{id}/restore"), Tags("Clients")]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status200OK)]
    public static async Task<ClientResponse> Post(Guid id, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var client = await session.FetchForCommandAsync<Client>(id, "client", http.Request, ct);
        client.AppendOne(ClientDecisions.Restore(client.Aggregate!, clock.GetUtcNow()));
        return ClientResponse.From(await session.CommitAndReadBackAsync<ClientView>(id, http.Response, ct));
    }
}
