using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Clients;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

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
    public static async Task<IResult> Post(IssueInvoiceInput input, IDocumentSession session, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        if (input is null) return Problems.Validation("body", "A JSON object is required.");
        var now = clock.GetUtcNow();
        var today = SpanishTime.Today(now);
        var errors = new ValidationErrors();
        if (!input.IsValid(errors, today, out var lines)) return Problems.Validation(errors);

        var client = await session.LoadAsync<ClientView>(input.ClientId!.Value, ct);
        if (client is null) return Problems.NotFound("client");
        if (client.Archived) return Problems.Conflict("The client is archived; restore it to invoice it.");
        var details = client.Details;
        var issuer = await IssuingContext.IssuerAsync(session.DocumentStore, session.TenantId, ct);

        var ledger = await IssuingContext.LockLedgerAsync(session, ct);
        var request = input.ToRequest(Guid.CreateVersion7(), lines, today, details.PaymentTermsDays);
        var (issued, numbered) = InvoiceDecisions.Issue(ledger.Aggregate!, request, client.Id,
            new PartySnapshot(details.Name, details.LegalName, details.TaxId, details.Address), details.EquivalenceSurcharge, issuer, now);
        ledger.AppendOne(numbered);
        session.Events.StartStream<Invoice>(issued.InvoiceId, issued);
        await session.SaveChangesAsync(ct);

        return Results.Created($"/api/invoices/{issued.InvoiceId}", await InvoiceResponse.AfterCommand(session, issued.InvoiceId, response, today, ct));
    }
}
