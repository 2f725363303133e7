namespace Blueindic.Domain.Reports;

public sealed record MorosityFigures(decimal Invoiced, decimal Overdue, decimal Uncollectible, decimal MorosityAmount, decimal MorosityRate,
    decimal Receivables, int OverdueInvoices, int OldestDaysOverdue);
