using Blueindic.Domain.Business;

namespace Blueindic.Api.Settings;

public static class RemoveBusinessLogoEndpoint
{
    /// <summary>Remove the business's logo; invoices issued with it keep it. Without a logo, nothing changes and it answers 204 again.</summary>
    [WolverineDelete("/api/settings/business/logo"), Tags("Settings")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    public static async Task<IResult> Delete(IDocumentSession session, HttpRequest request, CancellationToken ct)
    {
        var id = BusinessSettings.StreamIdFor(session.TenantId);
        var stream = await session.Events.FetchForWriting<BusinessSettings>(id, ct);
        stream.CheckIfMatch(request);
        if (BusinessSettings.RemoveLogo(id, stream.Aggregate) is { } removed) stream.AppendOne(removed);
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
