using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Clients;

namespace Blueindic.Api.Invoices;

public static class PreviewInvoiceEndpoint
{
    /// <summary>The invoice <c>POST /api/invoices</c> would issue for this body, without issuing it.</summary>
    /// <remarks>
    /// Same body, same checks and the same 400/404/409 problems as issuing; the figures come from the
    /// same decision. Appends nothing, takes no number and locks nothing: what it shows can differ from
    /// the invoice issued later only if the client, the business profile or the ledger changes meanwhile.
    /// </remarks>
    [WolverinePost("/api/invoices/preview"), Tags("Invoices")]
    [ProducesResponseType<InvoicePreview>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    public static async Task<InvoicePreview> Post(IssueInvoiceInput? input, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lines = IssueInvoiceInput.Validated(input, SpanishTime.Today(now));
        var client = (await session.LoadAsync<ClientView>(input!.ClientId!.Value, ct) ?? throw DomainNotFoundException.Of("client")).ToClient();
        InvoiceDecisions.EnsureInvoiceable(client);
        var issuing = await IssuingContext.IssuerAsync(session, ct);
        var ledger = await IssuingContext.PeekLedgerAsync(session, ct);
        var (issued, _) = IssueInvoiceEndpoint.Decide(input, lines, client, ledger, issuing.Issuer, Guid.Empty, now, issuing.DefaultSeries);
        return InvoicePreview.Of(issued);
    }
}
