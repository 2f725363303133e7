namespace Blueindic.Api.Clients;

/// <param name="PaidDate">The day the last payment settled it.</param>
/// <param name="TotalAfterCorrections">The invoice's total with its corrective invoices applied (the invoice's own total is as issued).</param>
public sealed record LatePayment(Guid InvoiceId, string Number, DateOnly DueDate, DateOnly PaidDate, int DaysLate, decimal TotalAfterCorrections);
