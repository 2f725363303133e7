namespace Blueindic.Domain.Reports;

/// <param name="MorosityRate">Null when the invoicing is 0 or negative.</param>
public sealed record MorosityFigures(decimal Invoiced, decimal Overdue, decimal Uncollectible, decimal MorosityAmount, decimal? MorosityRate,
    decimal Receivables, int OverdueInvoices, int OldestDaysOverdue);
