using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

namespace Blueindic.Api.Clients;

public static class UpdateClientEndpoint
{
    /// <summary>Replace a client's editable details.</summary>
    /// <remarks>Appends ClientDetailsChanged with only what changed, or nothing when nothing did. Send If-Match: "&lt;version&gt;" to refuse a stale edit (412).</remarks>
    [WolverinePut("/api/clients/{id}"), Tags("Clients")]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Put(Guid id, ClientDetailsInput input, IDocumentSession session, HttpRequest request, CancellationToken ct)
    {
        if (input is null) return Problems.Validation("body", "A JSON object is required.");
        var errors = new ValidationErrors();
        if (input.ToDetails(errors) is not { } details) return Problems.Validation(errors);

        return await ClientResponse.Command(id, session, request, async client =>
            await ClientTaxIds.ConflictAsync(session, details.TaxId, id, ct) ?? (object?)ClientDecisions.ChangeDetails(client, details), ct);
    }
}
