using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;
using Marten;
using Blueindic.Api.Http;
using Blueindic.Api.Common;

namespace Blueindic.Api.Invoices;

public sealed record VerifactuResponse(string RecordType, long Position, string Hash, string PreviousHash, DateTimeOffset GeneratedAt, string QrUrl);

public sealed record CorrectsResponse(Guid InvoiceId, string Number, string Reason, bool Cancels);

/// <summary>An invoice as the API shows it. Amounts in EUR.</summary>
/// <param name="Overdue">Something is still due and the due date has passed (against today, or the asOf day).</param>
/// <param name="OverdueSince">The day it fell overdue (the day after its due date), while overdue.</param>
/// <param name="Total">Base + VAT + surcharge − withholding, as issued; corrections show in amountDue and correctedBy.</param>
public sealed record InvoiceResponse(
    Guid Id, string Number, string Series, Guid ClientId, PartySnapshot Client, PartySnapshot Issuer,
    DateOnly IssueDate, DateOnly DueDate, IReadOnlyList<InvoiceLine> Lines, IReadOnlyList<TaxBreakdown> Taxes,
    decimal NetTotal, decimal VatTotal, decimal SurchargeTotal, decimal WithholdingRate, decimal WithholdingTotal, decimal Total,
    string Currency, decimal AmountPaid, decimal AmountDue, decimal AmountWrittenOff, InvoiceStatus Status,
    bool Overdue, int DaysOverdue, DateOnly? OverdueSince, IReadOnlyList<Payment> Payments, IReadOnlyList<Correction> CorrectedBy,
    CorrectsResponse? Corrects, VerifactuResponse Verifactu, string? Notes, long Version)
{
    public static InvoiceResponse From(InvoiceView v, DateOnly today)
    {
        var e = v.Issued;
        var a = e.Amounts;
        var b = v.Balance;
        var overdue = b.Due > 0 && today > e.DueDate;
        var r = e.Verifactu;
        return new InvoiceResponse(v.Id, e.Number, e.Series, e.ClientId, e.Client, e.Issuer, e.IssueDate, e.DueDate, a.Lines, a.Taxes,
            a.NetTotal, a.VatTotal, a.SurchargeTotal, a.WithholdingRate, a.WithholdingTotal, a.Total, "EUR",
            b.Paid, b.Due, b.WrittenOff, b.Status, overdue, overdue ? today.DayNumber - e.DueDate.DayNumber : 0,
            overdue ? e.DueDate.AddDays(1) : null,
            b.Payments, v.CorrectedBy,
            e.Corrects is { } c ? new CorrectsResponse(c.InvoiceId, c.Number, c.Reason, c.Cancels) : null,
            new VerifactuResponse(VerifactuRecord.RecordType, r.Position, r.Hash, r.PreviousHash, r.GeneratedAt, r.QrUrl),
            e.Notes, v.Version);
    }

    /// <summary>Reads the view a command just projected (inline) and answers it with its ETag.</summary>
    internal static async Task<InvoiceResponse> AfterCommand(IQuerySession session, Guid id, HttpResponse response, DateOnly today, CancellationToken ct)
    {
        var view = await session.LoadAsync<InvoiceView>(id, ct)
                   ?? throw new InvalidOperationException($"Invoice view {id} missing right after its command.");
        response.SetETag(view.Version);
        return From(view, today);
    }

    /// <summary>A command on an existing invoice, answering the invoice as it now is.</summary>
    internal static Task<IResult> Command(Guid id, IDocumentSession session, HttpRequest request, DateOnly today,
        Func<Invoice, object?> decide, CancellationToken ct) =>
        StreamCommand.Run<Invoice>(id, "invoice", session, request, invoice => Task.FromResult(decide(invoice)),
            async () => Results.Ok(await AfterCommand(session, id, request.HttpContext.Response, today, ct)), ct);
}
