namespace Blueindic.Domain.Invoices;

/// <summary>A corrective invoice cancelled this invoice whole.</summary>
public sealed record InvoiceCancelled(Guid InvoiceId, Guid CorrectiveInvoiceId, string CorrectiveNumber, DateOnly Date, string Reason);
