using Blueindic.Api.Verifactu;
using Microsoft.Extensions.Options;
using Wolverine;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class IssueInvoiceEndpoint
{
    /// <summary>Issue an invoice.</summary>
    /// <remarks>
    /// Numbered {series}-{year}-{sequence} with no gaps; Spanish tax arithmetic (VAT, recargo de
    /// equivalencia when the client has it, IRPF withholding); a snapshot of client and issuer; a
    /// VERI*FACTU record chained to the previous one.
    /// </remarks>
    [WolverinePost("/api/invoices"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    public static async Task<IResult> Post(IssueInvoiceInput? input, IDocumentSession session, IMessageBus bus, IOptions<BlueindicOptions> options,
        TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lines = IssueInvoiceInput.Validated(input, SpanishTime.Today(now));
        var client = (await session.LoadAsync<ClientView>(input!.ClientId!.Value, ct) ?? throw DomainNotFoundException.Of("client")).ToClient();
        // Refused before the ledger is locked (or opened, for a first invoice): a refusal appends nothing.
        InvoiceDecisions.EnsureInvoiceable(client);
        var issuing = await IssuingContext.IssuerAsync(session, ct);
        var ledger = await IssuingContext.LockLedgerAsync(session, ct);

        var (issued, numbered) = Decide(input, lines, client, ledger.Aggregate!, issuing.Issuer, Guid.CreateVersion7(), now, issuing.DefaultSeries);
        ledger.AppendOne(numbered);
        session.Events.StartStream<Invoice>(issued.InvoiceId, issued);
        await SubmitVerifactuRecords.RequestAsync(bus, session, options);

        var view = await session.CommitAndReadBackAsync<InvoiceView>(issued.InvoiceId, response, ct);
        return Results.Created($"/api/invoices/{issued.InvoiceId}", InvoiceResponse.From(view, SpanishTime.Today(now)));
    }

    /// <summary>
    /// The decision, pure: the invoice this input issues to this client, next in the ledger. The
    /// preview (<see cref="PreviewInvoiceEndpoint"/>) answers with what this decides, so both agree.
    /// </summary>
    public static (InvoiceIssued Issued, InvoiceNumbered Numbered) Decide(IssueInvoiceInput input, IReadOnlyList<LineInput> lines,
        Client client, InvoiceLedger ledger, PartySnapshot issuer, Guid invoiceId, DateTimeOffset now,
        string defaultSeries = InvoiceDecisions.DefaultSeries) =>
        InvoiceDecisions.Issue(ledger, input.ToRequest(invoiceId, lines, SpanishTime.Today(now), client.Details.PaymentTermsDays, defaultSeries),
            client, issuer, now);
}
