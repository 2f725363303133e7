using Blueindic.Domain.Common;
using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reminders;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Receivables;

/// <summary>One row of the alert list (and of its spreadsheet).</summary>
/// <param name="TotalAfterCorrections">The invoice's total with its corrective invoices applied; the invoice's own <c>total</c> is as issued.</param>
/// <param name="DaysToDue">Negative once overdue.</param>
/// <param name="LastReminder">The latest payment reminder sent on or before the day, automatic or by hand.</param>
public sealed record ReceivableResponse(Guid InvoiceId, string Number, Guid ClientId, string ClientName, DateOnly IssueDate, DateOnly DueDate,
    decimal TotalAfterCorrections, decimal AmountDue, int DaysToDue, int DaysOverdue, AlertLevel Level, LastReminder? LastReminder)
{
    public static ReceivableResponse From(InvoiceView v, DateOnly day, int windowDays)
    {
        var daysToDue = AlertLevels.DaysToDue(v.DueDate, day);
        return new ReceivableResponse(InvoiceId: v.Id, Number: v.Number, ClientId: v.ClientId, ClientName: v.Issued.Client.Name,
            IssueDate: v.IssueDate, DueDate: v.DueDate, TotalAfterCorrections: v.Balance.AdjustedTotal, AmountDue: v.AmountDue, DaysToDue: daysToDue,
            DaysOverdue: Math.Max(0, -daysToDue), Level: AlertLevels.Classify(v.DueDate, day, windowDays),
            LastReminder: v.Reminders.LastOrDefault(r => SpanishTime.Today(r.At) <= day) is { } last ? new LastReminder(last.Kind, last.At) : null);
    }
}

/// <summary>A reminder as the alert list shows it: what it said and when.</summary>
public sealed record LastReminder(ReminderKind Kind, DateTimeOffset At);
