using Blueindic.Api.EventStore;
using Blueindic.Domain.Business;

namespace Blueindic.Api.Settings;

public static class PatchBusinessProfileEndpoint
{
    /// <summary>Change some of the business profile's fields: a JSON merge patch (RFC 7396) of its PUT body.</summary>
    /// <remarks>
    /// Send application/merge-patch+json. Only the fields sent change; null clears an optional field (back to PUT's
    /// default where it has one) and is refused on tradeName and address; address merges member by member. The merged
    /// profile is judged as a PUT's; a patch that changes nothing records nothing. Applies to invoices issued from now on.
    /// </remarks>
    [WolverinePatch("/api/settings/business"), Tags("Settings")]
    [MergePatchBody(typeof(BusinessProfileInput))]
    [ProducesResponseType<BusinessProfile>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    public static async Task<BusinessProfile> Patch(IDocumentSession session, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var patch = await MergePatch.ReadAsync(request, ct);
        var id = BusinessSettings.StreamIdFor(session.TenantId);
        var stream = await session.Events.FetchForWriting<BusinessSettings>(id, ct);
        stream.CheckIfMatch(request);
        var registered = BusinessProfile.Registered(await CallingBusiness.LoadAsync(session.DocumentStore, session.TenantId, ct));
        var next = BusinessProfileInput.Validated(patch.ApplyTo(BusinessProfileInput.Of(stream.Aggregate?.Details ?? registered)));
        if (BusinessSettings.Change(id, stream.Aggregate, registered, next) is { } changed) stream.AppendOne(changed);
        await session.SaveChangesAsync(ct);

        var profile = await BusinessProfile.LoadAsync(session, ct);
        response.SetETag(profile.Version);
        return profile;
    }
}
