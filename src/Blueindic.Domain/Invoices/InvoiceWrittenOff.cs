namespace Blueindic.Domain.Invoices;

/// <summary>What was still due was given up as lost (incobrable).</summary>
public sealed record InvoiceWrittenOff(Guid InvoiceId, decimal Amount, DateOnly Date, string Reason);
