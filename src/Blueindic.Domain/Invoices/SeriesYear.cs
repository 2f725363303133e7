namespace Blueindic.Domain.Invoices;

public sealed record SeriesYear(int LastSequence, DateOnly LastIssueDate);
