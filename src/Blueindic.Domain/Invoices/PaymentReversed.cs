namespace Blueindic.Domain.Invoices;

public sealed record PaymentReversed(Guid InvoiceId, Guid PaymentId, decimal Amount, DateOnly Date, string Reason);
