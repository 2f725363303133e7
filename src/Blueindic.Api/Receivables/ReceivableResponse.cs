using Blueindic.Domain.Receivables;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Receivables;

/// <summary>One row of the alert list (and of its spreadsheet).</summary>
/// <param name="TotalAfterCorrections">The invoice's total with its corrective invoices applied; the invoice's own <c>total</c> is as issued.</param>
/// <param name="DaysToDue">Negative once overdue.</param>
public sealed record ReceivableResponse(Guid InvoiceId, string Number, Guid ClientId, string ClientName, DateOnly IssueDate, DateOnly DueDate,
    decimal TotalAfterCorrections, decimal AmountDue, int DaysToDue, int DaysOverdue, AlertLevel Level)
{
    public static ReceivableResponse From(InvoiceView v, DateOnly day, int windowDays)
    {
        var daysToDue = AlertLevels.DaysToDue(v.DueDate, day);
        return new ReceivableResponse(InvoiceId: v.Id, Number: v.Number, ClientId: v.ClientId, ClientName: v.Issued.Client.Name,
            IssueDate: v.IssueDate, DueDate: v.DueDate, TotalAfterCorrections: v.Balance.AdjustedTotal, AmountDue: v.AmountDue, DaysToDue: daysToDue,
            DaysOverdue: Math.Max(0, -daysToDue), Level: AlertLevels.Classify(v.DueDate, day, windowDays));
    }
}
