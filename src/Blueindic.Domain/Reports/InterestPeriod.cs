namespace Blueindic.Domain.Reports;

/// <param name="Rate">Null when no rate is published for that semester; then Amount is null too.</param>
public sealed record InterestPeriod(DateOnly From, DateOnly To, decimal? Rate, int Days, decimal? Amount);
