using Blueindic.Domain.Common;

namespace Blueindic.Domain.Reports;

/// <summary>One invoice as the morosity figures need it (read from the invoice view).</summary>
/// <param name="CountsAsInvoiced">False for a cancelled invoice and for the corrective invoice that cancelled it.</param>
public sealed record InvoiceFigures(Guid ClientId, string ClientName, DateOnly IssueDate, DateOnly DueDate,
    decimal Total, decimal AmountDue, decimal WrittenOff, bool CountsAsInvoiced);

public sealed record MorosityFigures(decimal Invoiced, decimal Overdue, decimal Uncollectible, decimal MorosityAmount, decimal MorosityRate,
    decimal Receivables, int OverdueInvoices, int OldestDaysOverdue);

/// <summary>
/// Morosity as SPAIN.md defines it, derived at query time from per-invoice rows, so it is right on
/// any day without an event having to happen when a due date passes.
/// </summary>
public static class Morosity
{
    public static MorosityFigures Of(IReadOnlyCollection<InvoiceFigures> invoices, DateOnly asOf)
    {
        var invoiced = invoices.Where(i => i.CountsAsInvoiced).Sum(i => i.Total);
        var overdueRows = invoices.Where(i => i.AmountDue > 0 && i.DueDate < asOf).ToList();
        var overdue = overdueRows.Sum(i => i.AmountDue);
        var uncollectible = invoices.Sum(i => i.WrittenOff);
        var amount = overdue + uncollectible;
        return new MorosityFigures(invoiced, overdue, uncollectible, amount, Rate(amount, invoiced),
            invoices.Sum(i => i.AmountDue), overdueRows.Count,
            overdueRows.Count == 0 ? 0 : overdueRows.Max(i => asOf.DayNumber - i.DueDate.DayNumber));
    }

    /// <summary>Morosity amount ÷ invoiced × 100, 2 decimals; 0 when nothing was invoiced.</summary>
    public static decimal Rate(decimal amount, decimal invoiced) => invoiced <= 0 ? 0 : Money.Round(amount / invoiced * 100);

    /// <summary>Days sales outstanding: receivables ÷ invoiced × days of the year up to asOf, 2 decimals.</summary>
    public static decimal Dso(decimal receivables, decimal invoiced, int year, DateOnly asOf)
    {
        var end = asOf.Year > year ? new DateOnly(year, 12, 31) : asOf;
        var days = end.DayNumber - new DateOnly(year, 1, 1).DayNumber + 1;
        return invoiced <= 0 || days <= 0 ? 0 : Money.Round(receivables / invoiced * days);
    }
}
