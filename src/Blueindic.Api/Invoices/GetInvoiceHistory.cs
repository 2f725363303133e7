using Blueindic.Domain.Invoices;
using Blueindic.Api.Common;

namespace Blueindic.Api.Invoices;

public static class GetInvoiceHistoryEndpoint
{
    /// <summary>Every fact of an invoice, oldest first, with who caused it and the request's correlation id.</summary>
    [WolverineGet("/api/invoices/{id}/history"), Tags("Invoices")]
    [ProducesResponseType<IReadOnlyList<HistoryEntry>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await HistoryEntry.ForStream<InvoiceIssued>(session, id, "invoice", ct);
}
