using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class ReversePaymentEndpoint
{
    /// <summary>Undo a mistaken payment by a new fact; its amount is due again.</summary>
    [WolverinePost("/api/invoices/{id}/payments/{paymentId}/reverse"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<InvoiceResponse> Post(Guid id, Guid paymentId, ReasonInput? input, IDocumentSession session, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var reason = ReasonInput.Validated(input);
        var today = SpanishTime.Today(clock.GetUtcNow());
        var invoice = await session.FetchForCommandAsync<Invoice>(id, "invoice", http.Request, ct);
        invoice.AppendOne(Decide(reason, invoice.Aggregate!, paymentId, today));
        return InvoiceResponse.From(await session.CommitAndReadBackAsync<InvoiceView>(id, http.Response, ct), today);
    }

    /// <summary>The decision, pure: the reversal of that payment, for this reason.</summary>
    public static PaymentReversed Decide(string reason, Invoice invoice, Guid paymentId, DateOnly today) =>
        InvoiceDecisions.ReversePayment(invoice, paymentId, reason, today);
}
