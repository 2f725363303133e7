namespace Blueindic.Domain.Invoices;

public sealed record PaymentRecorded(Guid InvoiceId, Guid PaymentId, decimal Amount, DateOnly Date, PaymentMethod Method, string? Reference);
