using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

namespace Blueindic.Api.Invoices;

/// <param name="Reason">Why the invoice is corrected (1–500 characters); printed on the corrective invoice.</param>
/// <param name="Lines">Omitted: cancel the invoice whole. Given: a correction by differences (negative quantities or prices allowed).</param>
public sealed record CorrectInvoiceInput(string? Reason, IReadOnlyList<InvoiceLineInput?>? Lines);

public static class CorrectInvoiceEndpoint
{
    /// <summary>Issue a corrective invoice (series R) that cancels the invoice or corrects it by differences.</summary>
    /// <remarks>Cancelling needs nothing paid; a correction may not leave less than nothing due. Answers the corrective invoice.</remarks>
    [WolverinePost("/api/invoices/{id}/corrections"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Post(Guid id, CorrectInvoiceInput? input, IDocumentSession session, TimeProvider clock,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        if (ReasonInput.Check(new ReasonInput(input?.Reason), out var reason) is { } refused) return refused;
        var errors = new ValidationErrors();
        var lines = input!.Lines is null ? null : InvoiceLineRules.Validate(input.Lines, correction: true, errors);
        if (!errors.IsEmpty) return Problems.Validation(errors);

        var original = await session.Events.FetchForWriting<Invoice>(id, ct);
        if (original.Aggregate is not { } invoice) return Problems.NotFound("invoice");
        if (request.CheckIfMatch(original.CurrentVersion ?? 0) is { } stale) return stale;

        var now = clock.GetUtcNow();
        var ledger = await IssuingContext.LockLedgerAsync(session, ct);
        var (corrective, numbered, onOriginal) = InvoiceDecisions.Correct(ledger.Aggregate!, invoice, Guid.CreateVersion7(), reason, lines, now);
        ledger.AppendOne(numbered);
        original.AppendOne(onOriginal);
        session.Events.StartStream<Invoice>(corrective.InvoiceId, corrective);
        await session.SaveChangesAsync(ct);

        return Results.Created($"/api/invoices/{corrective.InvoiceId}",
            await InvoiceResponse.AfterCommand(session, corrective.InvoiceId, response, SpanishTime.Today(now), ct));
    }
}
