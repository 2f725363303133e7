using Blueindic.Api.Verifactu;
using Microsoft.Extensions.Options;
using Wolverine;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class AnnulInvoiceEndpoint
{
    /// <summary>Annul an invoice issued by mistake (a duplicate, the wrong client): chains a VERI*FACTU registro de anulación.</summary>
    /// <remarks>
    /// Only an invoice nobody has seen or acted on: refused (409) once it was sent or reminded by email,
    /// has had any payment recorded (even one reversed since), was written off, corrected or cancelled,
    /// is itself a corrective, or is already annulled; correct it with a corrective invoice instead. The
    /// annulled invoice keeps its number and history (status <c>annulled</c>) and leaves the receivables,
    /// reminders, reports and Modelo 347.
    /// </remarks>
    [WolverinePost("/api/invoices/{id}/annul"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<InvoiceResponse> Post(Guid id, ReasonInput? input, IDocumentSession session, IMessageBus bus,
        IOptions<BlueindicOptions> options, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var reason = ReasonInput.Validated(input);
        var now = clock.GetUtcNow();
        var invoice = await session.FetchForCommandAsync<Invoice>(id, "invoice", http.Request, ct);
        var ledger = await IssuingContext.LockLedgerAsync(session, ct);
        // A payment or correction committed meanwhile fails this commit on the invoice stream's version.
        var (annulled, chained) = Decide(reason, invoice.Aggregate!, ledger.Aggregate!, now);
        invoice.AppendOne(annulled);
        ledger.AppendOne(chained);
        await SubmitVerifactuRecords.RequestAsync(bus, session, options);
        return InvoiceResponse.From(await session.CommitAndReadBackAsync<InvoiceView>(id, http.Response, ct), SpanishTime.Today(now));
    }

    /// <summary>The decision, pure: the anulación, next in the chain, and the ledger's new end.</summary>
    public static (InvoiceAnnulled Annulled, InvoiceAnnulmentChained Chained) Decide(string reason, Invoice invoice, InvoiceLedger ledger,
        DateTimeOffset now) => InvoiceDecisions.Annul(ledger, invoice, reason, now);
}
