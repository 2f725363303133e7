using Blueindic.Api.Settings;
using Blueindic.Domain.Clients;
using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients;

public static class UpdateClientEndpoint
{
    /// <summary>Replace a client's editable details.</summary>
    /// <remarks>Appends ClientDetailsChanged with only what changed, or nothing when nothing did. Send If-Match: "&lt;version&gt;" to refuse a stale edit (412).</remarks>
    [WolverinePut("/api/clients/{id}"), Tags("Clients")]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<ClientResponse> Put(Guid id, ClientDetailsInput? input, IDocumentSession session, HttpContext http, CancellationToken ct)
    {
        var details = ClientDetailsInput.Validated(input, await BusinessProfile.DefaultPaymentTermsDaysAsync(session, input, ct));
        var client = await session.FetchForCommandAsync<Client>(id, "client", http.Request, ct);
        var holder = await ClientTaxIds.HolderAsync(session, details.TaxId, id, ct);

        if (ClientDecisions.ChangeDetails(client.Aggregate!, details, holder) is { } changed) client.AppendOne(changed);

        return ClientResponse.From(await session.CommitAndReadBackAsync<ClientView>(id, http.Response, ct));
    }
}
