using Blueindic.Api.Verifactu;
using Microsoft.Extensions.Options;
using Wolverine;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class CorrectInvoiceEndpoint
{
    /// <summary>Issue a corrective invoice (series R) that cancels the invoice or corrects it by differences.</summary>
    /// <remarks>Cancelling needs nothing paid; a correction may not leave less than nothing due. Answers the corrective invoice.
    /// Its <c>ground</c> sets the VERI*FACTU TipoFactura (R1–R4; see docs/verifactu.md).</remarks>
    [WolverinePost("/api/invoices/{id}/corrections"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Post(Guid id, CorrectInvoiceInput? input, IDocumentSession session, IMessageBus bus,
        IOptions<BlueindicOptions> options, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var (reason, lines) = CorrectInvoiceInput.Validated(input);
        var now = clock.GetUtcNow();
        var original = await session.FetchForCommandAsync<Invoice>(id, "invoice", request, ct);
        var issuing = await IssuingContext.IssuerAsync(session, ct);
        var ledger = await IssuingContext.LockLedgerAsync(session, ct);

        var (corrective, numbered, onOriginal) = Decide(reason, lines, original.Aggregate!, issuing.Issuer, ledger.Aggregate!, Guid.CreateVersion7(), now,
            input?.Ground ?? CorrectionGround.Error);
        ledger.AppendOne(numbered);
        original.AppendOne(onOriginal);
        session.Events.StartStream<Invoice>(corrective.InvoiceId, corrective);
        await SubmitVerifactuRecords.RequestAsync(bus, session, options);

        var view = await session.CommitAndReadBackAsync<InvoiceView>(corrective.InvoiceId, response, ct);
        return Results.Created($"/api/invoices/{corrective.InvoiceId}", InvoiceResponse.From(view, SpanishTime.Today(now)));
    }

    /// <summary>
    /// The decision, pure: the corrective invoice, next in the ledger, and what it does to the original
    /// (<see cref="InvoiceCancelled"/> without lines, else <see cref="InvoiceCorrected"/>). Issued today,
    /// by <paramref name="issuer"/>: the business profile as it stands now, not the original's issuer.
    /// </summary>
    public static (InvoiceIssued Corrective, InvoiceNumbered Numbered, object OnOriginal) Decide(string reason,
        IReadOnlyList<LineInput>? lines, Invoice original, PartySnapshot issuer, InvoiceLedger ledger, Guid correctiveId, DateTimeOffset now,
        CorrectionGround ground = CorrectionGround.Error) =>
        InvoiceDecisions.Correct(ledger, original, issuer, correctiveId, reason, lines, now, ground);
}
