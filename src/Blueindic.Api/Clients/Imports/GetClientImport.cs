namespace Blueindic.Api.Clients.Imports;

public static class GetClientImportEndpoint
{
    /// <summary>An import: its status, progress, counts and row errors.</summary>
    [WolverineGet("/api/clients/imports/{id}"), Tags("Clients")]
    [ProducesResponseType<ClientImport>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<ClientImport>(id, ct) is { } import ? Results.Ok(import) : Problems.NotFound("import");
}
