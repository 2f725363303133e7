namespace Blueindic.Domain.Invoices;

/// <summary>An invoice to issue, validated.</summary>
public sealed record IssueRequest(
    Guid InvoiceId, string Series, DateOnly IssueDate, DateOnly DueDate, decimal WithholdingRate, string? Notes, IReadOnlyList<LineInput> Lines);
