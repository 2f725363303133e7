using Blueindic.Domain.Reports;

namespace Blueindic.Api.Invoices;

public sealed record LatePaymentResponse(Guid InvoiceId, string Number, DateOnly DueDate, DateOnly? PaidDate, int DaysLate, decimal Principal,
    decimal Interest, IReadOnlyList<InterestPeriod> InterestPeriods, decimal Compensation, decimal Claimable, bool Complete);
