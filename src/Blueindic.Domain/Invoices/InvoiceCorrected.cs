namespace Blueindic.Domain.Invoices;

/// <summary>A corrective invoice changed this invoice's total by <see cref="Adjustment"/> (with its sign).</summary>
public sealed record InvoiceCorrected(Guid InvoiceId, Guid CorrectiveInvoiceId, string CorrectiveNumber, DateOnly Date, decimal Adjustment, string Reason);
