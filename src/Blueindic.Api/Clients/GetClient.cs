using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients;

public static class GetClientEndpoint
{
    /// <summary>A client, with its version as ETag.</summary>
    [WolverineGet("/api/clients/{id}"), Tags("Clients")]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var view = await session.LoadAsync<ClientView>(id, ct);
        if (view is null) return Problems.NotFound("client");
        response.SetETag(view.Version);
        return Results.Ok(ClientResponse.From(view));
    }
}
