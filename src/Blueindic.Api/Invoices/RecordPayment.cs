using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class RecordPaymentEndpoint
{
    /// <summary>Record a collection (validar el cobro) on an invoice.</summary>
    /// <remarks>More than is due is a 409; paying an uncollectible invoice recovers what was written off.</remarks>
    [WolverinePost("/api/invoices/{id}/payments"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<InvoiceResponse> Post(Guid id, RecordPaymentInput? input, IDocumentSession session, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var payment = RecordPaymentInput.Validated(input);
        var today = SpanishTime.Today(clock.GetUtcNow());
        var invoice = await session.FetchForCommandAsync<Invoice>(id, "invoice", http.Request, ct);
        invoice.AppendOne(Decide(payment, invoice.Aggregate!, Guid.CreateVersion7(), today));
        return InvoiceResponse.From(await session.CommitAndReadBackAsync<InvoiceView>(id, http.Response, ct), today);
    }

    /// <summary>The decision, pure: the payment this (validated) input records on this invoice.</summary>
    public static PaymentRecorded Decide(RecordPaymentInput payment, Invoice invoice, Guid paymentId, DateOnly today) =>
        InvoiceDecisions.RecordPayment(invoice, paymentId, payment.Amount, payment.Date, payment.Method ?? PaymentMethod.Transfer,
            payment.Reference, today);
}
