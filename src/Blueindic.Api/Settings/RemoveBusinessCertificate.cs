using Blueindic.Domain.Business;

namespace Blueindic.Api.Settings;

public static class RemoveBusinessCertificateEndpoint
{
    /// <summary>Remove the business's signing certificate: its encrypted file is deleted. Without one, nothing changes and it answers 204 again.</summary>
    [WolverineDelete(BusinessCertificateView.Url), Tags("Settings")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    public static async Task<IResult> Delete(IDocumentSession session, HttpRequest request, CancellationToken ct)
    {
        var id = BusinessSettings.StreamIdFor(session.TenantId);
        var stream = await session.Events.FetchForWriting<BusinessSettings>(id, ct);
        stream.CheckIfMatch(request);
        if (BusinessSettings.RemoveCertificate(id, stream.Aggregate) is { } removed) stream.AppendOne(removed);
        session.Delete<BusinessCertificateFile>(id);
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
