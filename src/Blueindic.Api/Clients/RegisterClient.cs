using Blueindic.Api.Settings;
using Blueindic.Domain.Clients;
using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients;

public static class RegisterClientEndpoint
{
    /// <summary>Register a client.</summary>
    /// <remarks>The tax id is validated (NIF/NIE/CIF check digits, EU VAT formats) and normalised; another client with the same tax id is a 409.</remarks>
    [WolverinePost("/api/clients"), Tags("Clients")]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    public static async Task<IResult> Post(ClientDetailsInput? input, IDocumentSession session, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var details = ClientDetailsInput.Validated(input, await BusinessProfile.DefaultPaymentTermsDaysAsync(session, input, ct));
        var id = Guid.CreateVersion7();
        var holder = await ClientTaxIds.HolderAsync(session, details.TaxId, id, ct);

        session.Events.StartStream<Client>(id, ClientDecisions.Register(id, details, clock.GetUtcNow(), holder));

        var view = await session.CommitAndReadBackAsync<ClientView>(id, response, ct);
        return Results.Created($"/api/clients/{id}", ClientResponse.From(view));
    }
}
