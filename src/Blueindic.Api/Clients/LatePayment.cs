namespace Blueindic.Api.Clients;

/// <param name="PaidDate">The day the last payment settled it.</param>
public sealed record LatePayment(Guid InvoiceId, string Number, DateOnly DueDate, DateOnly PaidDate, int DaysLate, decimal Total);
