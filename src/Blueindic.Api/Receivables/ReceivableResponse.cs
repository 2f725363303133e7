using Blueindic.Domain.Receivables;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Receivables;

/// <summary>One row of the alert list (and of its spreadsheet).</summary>
/// <param name="Total">The invoice's total after corrections.</param>
/// <param name="DaysToDue">Negative once overdue.</param>
public sealed record ReceivableResponse(Guid InvoiceId, string Number, Guid ClientId, string ClientName, DateOnly IssueDate, DateOnly DueDate,
    decimal Total, decimal AmountDue, int DaysToDue, int DaysOverdue, AlertLevel Level)
{
    public static ReceivableResponse From(InvoiceView v, DateOnly day, int windowDays)
    {
        var daysToDue = AlertLevels.DaysToDue(v.DueDate, day);
        return new ReceivableResponse(InvoiceId: v.Id, Number: v.Number, ClientId: v.ClientId, ClientName: v.Issued.Client.Name,
            IssueDate: v.IssueDate, DueDate: v.DueDate, Total: v.Balance.AdjustedTotal, AmountDue: v.AmountDue, DaysToDue: daysToDue,
            DaysOverdue: Math.Max(0, -daysToDue), Level: AlertLevels.Classify(v.DueDate, day, windowDays));
    }
}
