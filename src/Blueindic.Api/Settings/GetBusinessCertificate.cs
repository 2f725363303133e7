using Blueindic.Api.EventStore;
using Blueindic.Domain.Business;

namespace Blueindic.Api.Settings;

public static class GetBusinessCertificateEndpoint
{
    /// <summary>The business's signing certificate: subject, tax id, issuer, validity and thumbprint; 404 when it has none.</summary>
    [WolverineGet(BusinessCertificateView.Url), Tags("Settings")]
    [ProducesResponseType<BusinessCertificateView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        var settings = await session.Events.AggregateStreamAsync<BusinessSettings>(BusinessSettings.StreamIdFor(session.TenantId), token: ct);
        if (settings?.Certificate is not { } certificate) return NoCertificate();
        var business = await CallingBusiness.LoadAsync(session.DocumentStore, session.TenantId, ct);
        response.SetETag(settings.Version);
        return Results.Ok(BusinessCertificateView.Of(certificate, business, time.GetUtcNow(), settings.Version));
    }

    private static IResult NoCertificate() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "This business has no signing certificate installed.");
}
