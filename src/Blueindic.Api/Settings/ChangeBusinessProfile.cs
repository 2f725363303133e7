using Blueindic.Api.EventStore;
using Blueindic.Domain.Business;

namespace Blueindic.Api.Settings;

public static class ChangeBusinessProfileEndpoint
{
    /// <summary>Replace the business profile's editable fields (the tax id stays as registered).</summary>
    /// <remarks>
    /// Applies to invoices issued from now on; issued invoices keep the issuer they were issued with.
    /// Sending the profile as it is changes nothing and records nothing.
    /// </remarks>
    [WolverinePut("/api/settings/business"), Tags("Settings")]
    [ProducesResponseType<BusinessProfile>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    public static async Task<BusinessProfile> Put(BusinessProfileInput? input, IDocumentSession session, HttpRequest request,
        HttpResponse response, CancellationToken ct)
    {
        var next = BusinessProfileInput.Validated(input);
        var id = BusinessSettings.StreamIdFor(session.TenantId);
        var stream = await session.Events.FetchForWriting<BusinessSettings>(id, ct);
        stream.CheckIfMatch(request);
        var tenant = await CallingBusiness.LoadAsync(session.DocumentStore, session.TenantId, ct);
        if (BusinessSettings.Change(id, stream.Aggregate, BusinessProfile.Registered(tenant), next) is { } changed) stream.AppendOne(changed);
        await session.SaveChangesAsync(ct);

        var profile = await BusinessProfile.LoadAsync(session, ct);
        response.SetETag(profile.Version);
        return profile;
    }
}
