using Blueindic.Domain.Common;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class GetInvoiceByNumberEndpoint
{
    /// <summary>An invoice by its number, e.g. F-2026-0001.</summary>
    [WolverineGet("/api/invoices/by-number/{number}"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(string number, IQuerySession session, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var wanted = number.Trim().ToUpperInvariant();
        var view = await session.Query<InvoiceView>().FirstOrDefaultAsync(x => x.Number == wanted, ct);
        if (view is null) return Problems.NotFound("invoice");
        response.SetETag(view.Version);
        return Results.Ok(InvoiceResponse.From(view, SpanishTime.Today(clock.GetUtcNow())));
    }
}
