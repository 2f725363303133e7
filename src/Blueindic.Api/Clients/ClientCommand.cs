using Blueindic.Api.Common;
using Blueindic.Domain.Clients;
using Marten;

namespace Blueindic.Api.Clients;

/// <summary>The shared shape of a command on an existing client.</summary>
internal static class ClientCommand
{
    /// <summary>
    /// Loads the client for writing (404 when this tenant has none), honours If-Match, then
    /// appends the event <paramref name="decide"/> returns — or answers the problem it returns,
    /// or appends nothing for null — and answers the client as it now is.
    /// </summary>
    public static async Task<IResult> Run(Guid id, IDocumentSession session, HttpRequest request,
        Func<Client, Task<object?>> decide, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Client>(id, ct);
        if (stream.Aggregate is not { } client) return Problems.NotFound("client");
        if (request.CheckIfMatch(stream.CurrentVersion ?? 0) is { } refused) return refused;

        switch (await decide(client))
        {
            case IResult problem:
                return problem;
            case { } fact:
                stream.AppendOne(fact);
                await session.SaveChangesAsync(ct);
                break;
        }
        return Results.Ok(await ClientResponse.AfterCommand(session, id, request.HttpContext.Response, ct));
    }
}
