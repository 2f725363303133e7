namespace Blueindic.Domain.Reports;

/// <summary>Sums over a set of invoices: invoiced (counting ones only), overdue, written off, still due, how many overdue and the oldest overdue due date.</summary>
public sealed record MorositySums(decimal Invoiced, decimal Overdue, decimal Uncollectible, decimal Receivables, int OverdueInvoices,
    DateOnly? OldestOverdueDueDate);
