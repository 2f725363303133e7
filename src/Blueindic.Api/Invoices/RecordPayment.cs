using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

namespace Blueindic.Api.Invoices;

/// <param name="Amount">Default: all that is still to collect (one-click "collected").</param>
/// <param name="Date">Default: today. Not before the invoice, not in the future.</param>
/// <param name="Method">transfer (default), cash, card, directDebit or other.</param>
/// <param name="Reference">E.g. the bank transfer's reference (up to 200 characters).</param>
public sealed record RecordPaymentInput(decimal? Amount, DateOnly? Date, PaymentMethod? Method, string? Reference);

public static class RecordPaymentEndpoint
{
    /// <summary>Record a collection (validar el cobro) on an invoice.</summary>
    /// <remarks>More than is due is a 409; paying an uncollectible invoice recovers what was written off.</remarks>
    [WolverinePost("/api/invoices/{id}/payments"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static Task<IResult> Post(Guid id, RecordPaymentInput? input, IDocumentSession session, TimeProvider clock, HttpRequest request, CancellationToken ct)
    {
        input ??= new RecordPaymentInput(null, null, null, null);
        var errors = new ValidationErrors();
        var reference = FreeText.Read(input.Reference, "reference", 200, errors);
        if (!errors.IsEmpty) return Task.FromResult(Problems.Validation(errors));
        var today = SpanishTime.Today(clock.GetUtcNow());
        return InvoiceResponse.Command(id, session, request, today, invoice =>
            InvoiceDecisions.RecordPayment(invoice, Guid.CreateVersion7(), input.Amount, input.Date, input.Method ?? PaymentMethod.Transfer,
                reference, today), ct);
    }
}
