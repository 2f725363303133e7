namespace Blueindic.Domain.Reports;

/// <param name="Interest">The sum of the periods with a known rate.</param>
/// <param name="Complete">False when some period has no published rate yet.</param>
/// <param name="Claimable">Interest plus the 40 € compensation.</param>
public sealed record LatePaymentClaim(DateOnly DueDate, DateOnly? PaidDate, int DaysLate, decimal Principal, decimal Interest,
    IReadOnlyList<InterestPeriod> InterestPeriods, decimal Compensation, decimal Claimable, bool Complete);
