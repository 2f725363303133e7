using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

namespace Blueindic.Api.Clients;

public static class RegisterClientEndpoint
{
    /// <summary>Register a client.</summary>
    /// <remarks>The tax id is validated (NIF/NIE/CIF check digits, EU VAT formats) and normalised; another client with the same tax id is a 409.</remarks>
    [WolverinePost("/api/clients"), Tags("Clients")]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    public static async Task<IResult> Post(ClientDetailsInput input, IDocumentSession session, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        if (input is null) return Problems.Validation("body", "A JSON object is required.");
        var errors = new ValidationErrors();
        if (input.ToDetails(errors) is not { } details) return Problems.Validation(errors);
        var id = Guid.CreateVersion7();
        if (await ClientTaxIds.ConflictAsync(session, details.TaxId, id, ct) is { } conflict) return conflict;

        session.Events.StartStream<Client>(id, ClientDecisions.Register(id, details, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);

        return Results.Created($"/api/clients/{id}", await ClientResponse.AfterCommand(session, id, response, ct));
    }
}
