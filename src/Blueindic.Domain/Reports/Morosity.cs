using Blueindic.Domain.Common;

namespace Blueindic.Domain.Reports;

/// <summary>
/// Morosity as SPAIN.md defines it, derived at query time from per-invoice rows, so it is right on
/// any day without an event having to happen when a due date passes.
/// </summary>
public static class Morosity
{
    public static MorosityFigures Of(IReadOnlyCollection<InvoiceFigures> invoices, DateOnly asOf)
    {
        var overdueRows = invoices.Where(i => IsOverdue(i.AmountDue, i.DueDate, asOf)).ToList();
        return FromSums(new MorositySums(invoices.Where(i => i.CountsAsInvoiced).Sum(i => i.Total), overdueRows.Sum(i => i.AmountDue),
            invoices.Sum(i => i.WrittenOff), invoices.Sum(i => i.AmountDue), overdueRows.Count,
            overdueRows.Count == 0 ? null : overdueRows.Min(i => i.DueDate)), asOf);
    }

    /// <summary>Still due after its due date: overdue from the day after.</summary>
    private static bool IsOverdue(decimal amountDue, DateOnly dueDate, DateOnly asOf) => amountDue > 0 && dueDate < asOf;

    /// <summary>The figures from sums already added up (by the database, for a whole business), with the formulas of <see cref="Of"/>.</summary>
    public static MorosityFigures FromSums(MorositySums s, DateOnly asOf)
    {
        var amount = s.Overdue + s.Uncollectible;
        return new MorosityFigures(s.Invoiced, s.Overdue, s.Uncollectible, amount, Rate(amount, s.Invoiced), s.Receivables, s.OverdueInvoices,
            s.OldestOverdueDueDate is { } oldest ? asOf.DayNumber - oldest.DayNumber : 0);
    }

    /// <summary>
    /// Morosity amount ÷ invoiced × 100, 2 decimals; null when the invoicing is 0 or negative (more
    /// credited than invoiced): a share of nothing is no figure, and 0 would read as "all collected".
    /// </summary>
    public static decimal? Rate(decimal amount, decimal invoiced) => invoiced <= 0 ? null : Money.Round(amount / invoiced * 100);

    /// <summary>Days sales outstanding: receivables ÷ invoiced × days of the year up to asOf, 2 decimals; null, like the rate, when the invoicing is 0 or negative.</summary>
    public static decimal? Dso(decimal receivables, decimal invoiced, int year, DateOnly asOf)
    {
        var end = asOf.Year > year ? new DateOnly(year, 12, 31) : asOf;
        var days = end.DayNumber - new DateOnly(year, 1, 1).DayNumber + 1;
        return invoiced <= 0 || days <= 0 ? null : Money.Round(receivables / invoiced * days);
    }
}
