using Blueindic.Domain.Invoices;
using Blueindic.Api.Reminders;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

/// <summary>An invoice as the API shows it. Amounts in EUR.</summary>
/// <param name="Overdue">Something is still due and the due date has passed (against today, or the asOf day).</param>
/// <param name="OverdueSince">The day it fell overdue (the day after its due date), while overdue.</param>
/// <param name="Total">Base + VAT + surcharge − withholding, as issued; corrections show in amountDue and correctedBy.</param>
/// <param name="Annulment">When and why the invoice was annulled, and its registro de anulación's chain position and hash; null unless annulled.</param>
/// <param name="Sendings">Each time the invoice was sent by email, and whether its delivery failed.</param>
/// <param name="Reminders">The payment reminders sent for it, oldest first.</param>
/// <param name="NextReminder">The next automatic reminder and when it goes, by the business's policy as it stands; only on
/// GET /api/invoices/{id} without version or asOf (null there when none will go), and null in lists and command answers.</param>
public sealed record InvoiceResponse(
    Guid Id, string Number, string Series, Guid ClientId, PartySnapshot Client, PartySnapshot Issuer,
    DateOnly IssueDate, DateOnly DueDate, IReadOnlyList<InvoiceLine> Lines, IReadOnlyList<TaxBreakdown> Taxes,
    decimal NetTotal, decimal VatTotal, decimal SurchargeTotal, decimal WithholdingRate, decimal WithholdingTotal, decimal Total,
    string Currency, decimal AmountPaid, decimal AmountDue, decimal AmountWrittenOff, InvoiceStatus Status,
    bool Overdue, int DaysOverdue, DateOnly? OverdueSince, IReadOnlyList<Payment> Payments, IReadOnlyList<Correction> CorrectedBy,
    CorrectsResponse? Corrects, VerifactuResponse Verifactu, InvoiceAnnulment? Annulment, string? Notes,
    IReadOnlyList<InvoiceSending> Sendings, IReadOnlyList<InvoiceReminder> Reminders, NextReminder? NextReminder, long Version)
{
    public static InvoiceResponse From(InvoiceView v, DateOnly today, NextReminder? next = null)
    {
        var e = v.Issued;
        var a = e.Amounts.ToAmounts();
        var b = v.Balance;
        var overdue = b.Due > 0 && today > e.DueDate;
        var r = e.Verifactu.ToRecord();   // the QR address as built today, not as stored
        return new InvoiceResponse(
            Id: v.Id, Number: e.Number, Series: e.Series, ClientId: e.ClientId, Client: e.Client.ToSnapshot(), Issuer: e.Issuer.ToSnapshot(),
            IssueDate: e.IssueDate, DueDate: e.DueDate, Lines: a.Lines, Taxes: a.Taxes,
            NetTotal: a.NetTotal, VatTotal: a.VatTotal, SurchargeTotal: a.SurchargeTotal,
            WithholdingRate: a.WithholdingRate, WithholdingTotal: a.WithholdingTotal, Total: a.Total, Currency: "EUR",
            AmountPaid: b.Paid, AmountDue: b.Due, AmountWrittenOff: b.WrittenOff, Status: b.Status,
            Overdue: overdue, DaysOverdue: overdue ? today.DayNumber - e.DueDate.DayNumber : 0,
            OverdueSince: overdue ? e.DueDate.AddDays(1) : null,
            Payments: b.Payments, CorrectedBy: v.CorrectedBy,
            Corrects: e.Corrects is { } c ? new CorrectsResponse(c.InvoiceId, c.Number, c.Reason, c.Cancels, c.LegalGround()) : null,
            Verifactu: new VerifactuResponse(RecordType: VerifactuRecord.RecordType, Position: r.Position, Hash: r.Hash,
                PreviousHash: r.PreviousHash, GeneratedAt: r.GeneratedAt, QrUrl: r.QrUrl, InvoiceType: r.InvoiceType),
            Annulment: v.Annulment,
            Notes: e.Notes, Sendings: v.Sendings, Reminders: v.Reminders, NextReminder: next, Version: v.Version);
    }
}
