using Blueindic.Api.Settings;
using Blueindic.Domain.Clients;
using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients;

public static class PatchClientEndpoint
{
    /// <summary>Change some of a client's details: a JSON merge patch (RFC 7396) of its PUT body.</summary>
    /// <remarks>
    /// Send application/merge-patch+json. Only the fields sent change; null clears an optional field (back to PUT's
    /// default where it has one) and is refused on the name; address and dir3 merge member by member. The merged
    /// details are judged as a PUT's, and ClientDetailsChanged records only what changed (nothing when nothing did).
    /// Send If-Match: "&lt;version&gt;" to refuse a stale edit (412).
    /// </remarks>
    [WolverinePatch("/api/clients/{id}"), Tags("Clients")]
    [MergePatchBody(typeof(ClientDetailsInput))]
    [ProducesResponseType<ClientResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<ClientResponse> Patch(Guid id, IDocumentSession session, HttpContext http, CancellationToken ct)
    {
        var patch = await MergePatch.ReadAsync(http.Request, ct);
        var client = await session.FetchForCommandAsync<Client>(id, "client", http.Request, ct);
        var input = patch.ApplyTo(ClientDetailsInput.Of(client.Aggregate!.Details));
        var details = ClientDetailsInput.Validated(input, await BusinessProfile.DefaultPaymentTermsDaysAsync(session, input, ct));
        var holder = await ClientTaxIds.HolderAsync(session, details.TaxId, id, ct);

        if (ClientDecisions.ChangeDetails(client.Aggregate!, details, holder) is { } changed) client.AppendOne(changed);

        return ClientResponse.From(await session.CommitAndReadBackAsync<ClientView>(id, http.Response, ct));
    }
}
