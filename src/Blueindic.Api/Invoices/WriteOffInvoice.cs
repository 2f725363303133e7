using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class WriteOffInvoiceEndpoint
{
    /// <summary>Write off what is still due as uncollectible (incobrable); a later payment recovers it.</summary>
    [WolverinePost("/api/invoices/{id}/uncollectible"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<InvoiceResponse> Post(Guid id, ReasonInput? input, IDocumentSession session, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var reason = ReasonInput.Validated(input);
        var today = SpanishTime.Today(clock.GetUtcNow());
        var invoice = await session.FetchForCommandAsync<Invoice>(id, "invoice", http.Request, ct);
        invoice.AppendOne(Decide(reason, invoice.Aggregate!, today));
        return InvoiceResponse.From(await session.CommitAndReadBackAsync<InvoiceView>(id, http.Response, ct), today);
    }

    /// <summary>The decision, pure: what is still due, written off for this reason.</summary>
    public static InvoiceWrittenOff Decide(string reason, Invoice invoice, DateOnly today) =>
        InvoiceDecisions.WriteOff(invoice, reason, today);
}
