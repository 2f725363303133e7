using Blueindic.Api.Common;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Blueindic.Api.Clients;

public static class UpdateClientEndpoint
{
    /// <summary>Replace a client's editable details.</summary>
    /// <remarks>Appends ClientDetailsChanged with only what changed, or nothing when nothing did. Send If-Match: "&lt;version&gt;" to refuse a stale edit (412).</remarks>
    [WolverinePut("/api/clients/{id}"), Tags("Clients")]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    public static async Task<IResult> Put(Guid id, ClientDetailsInput input, IDocumentSession session, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        if (input is null) return Problems.Validation("body", "A JSON object is required.");
        var errors = new ValidationErrors();
        if (input.ToDetails(errors) is not { } details) return Problems.Validation(errors);

        var stream = await session.Events.FetchForWriting<Client>(id, ct);
        if (stream.Aggregate is not { } client) return Problems.NotFound("client");
        if (request.CheckIfMatch(stream.CurrentVersion ?? 0) is { } refused) return refused;
        if (await ClientTaxIds.ConflictAsync(session, details.TaxId, id, ct) is { } conflict) return conflict;

        if (ClientDecisions.ChangeDetails(client, details) is { } changed)
        {
            stream.AppendOne(changed);
            await session.SaveChangesAsync(ct);
        }
        return Results.Ok(await ClientResponse.AfterCommand(session, id, response, ct));
    }
}
