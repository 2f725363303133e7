using Blueindic.Domain.Common;

namespace Blueindic.Domain.Reports;

/// <summary>
/// The legal late-payment interest rate per semester (Ley 3/2004: ECB rate + 8 points, published in
/// the BOE), as data: the defaults below come from SPAIN.md, and an operator adds new semesters in
/// configuration. A semester without a published rate has none: it is never guessed.
/// </summary>
public sealed class LatePaymentRates(IReadOnlyDictionary<string, decimal> rates)
{
    public static readonly IReadOnlyDictionary<string, decimal> Published = new Dictionary<string, decimal>
    {
        ["2019H1"] = 8.00m, ["2019H2"] = 8.00m, ["2020H1"] = 8.00m, ["2020H2"] = 8.00m, ["2021H1"] = 8.00m, ["2021H2"] = 8.00m,
        ["2022H1"] = 8.00m, ["2022H2"] = 8.00m, ["2023H1"] = 10.50m, ["2023H2"] = 12.00m, ["2024H1"] = 12.50m, ["2024H2"] = 12.25m,
        ["2025H1"] = 11.15m, ["2025H2"] = 10.15m, ["2026H1"] = 10.15m,
    };

    /// <summary>The published rates, extended or overridden by <paramref name="extra"/> ("2026H2" → 10.15).</summary>
    /// <exception cref="ArgumentException">A key that is not a semester, or a negative rate: refused at start, not ignored.</exception>
    public static LatePaymentRates WithPublished(IReadOnlyDictionary<string, decimal>? extra = null)
    {
        var rates = new Dictionary<string, decimal>(Published);
        foreach (var (key, rate) in extra ?? new Dictionary<string, decimal>())
        {
            var semester = key.Trim().ToUpperInvariant();
            if (!System.Text.RegularExpressions.Regex.IsMatch(semester, "^[0-9]{4}H[12]$") || rate < 0)
                throw new ArgumentException($"Late-payment rate '{key}' = {rate}: expected a semester such as 2026H2 and a rate of 0 or more.");
            rates[semester] = rate;
        }
        return new LatePaymentRates(rates);
    }

    public static string SemesterOf(DateOnly day) => $"{day.Year}H{(day.Month <= 6 ? 1 : 2)}";

    public decimal? RateOn(DateOnly day) => rates.TryGetValue(SemesterOf(day), out var rate) ? rate : null;
}

/// <param name="Rate">Null when no rate is published for that semester; then Amount is null too.</param>
public sealed record InterestPeriod(DateOnly From, DateOnly To, decimal? Rate, int Days, decimal? Amount);

/// <param name="Interest">The sum of the periods with a known rate.</param>
/// <param name="Complete">False when some period has no published rate yet.</param>
/// <param name="Claimable">Interest plus the 40 € compensation.</param>
public sealed record LatePaymentClaim(DateOnly DueDate, DateOnly? PaidDate, int DaysLate, decimal Principal, decimal Interest,
    IReadOnlyList<InterestPeriod> InterestPeriods, decimal Compensation, decimal Claimable, bool Complete);

public static class LatePaymentInterest
{
    public const decimal Compensation = 40m;

    /// <summary>
    /// Interest from the day after the due date through the day of the settling payment (or asOf),
    /// day by day on what was still unpaid (a payment stops interest on its amount the day after it),
    /// at each semester's rate over a 365-day year, rounded to cents per period.
    /// </summary>
    /// <param name="payments">Payments not reversed: (date, amount).</param>
    public static LatePaymentClaim Claim(DateOnly dueDate, decimal principal, IReadOnlyList<(DateOnly Date, decimal Amount)> payments,
        DateOnly? paidDate, DateOnly asOf, LatePaymentRates rates)
    {
        var end = paidDate ?? asOf;
        var periods = new List<InterestPeriod>();
        for (var day = dueDate.AddDays(1); day <= end && end > dueDate;)
        {
            var semesterEnd = day.Month <= 6 ? new DateOnly(day.Year, 6, 30) : new DateOnly(day.Year, 12, 31);
            var to = semesterEnd < end ? semesterEnd : end;
            var rate = rates.RateOn(day);
            decimal raw = 0;
            // Segments of equal unpaid balance: it changes the day after each payment.
            for (var from = day; from <= to;)
            {
                var unpaid = Math.Max(0, principal - payments.Where(p => p.Date < from).Sum(p => p.Amount));
                var change = payments.Where(p => p.Date >= from && p.Date < to).Select(p => (DateOnly?)p.Date).Min();
                var until = change ?? to;
                raw += unpaid * (rate ?? 0) / 100m / 365m * (until.DayNumber - from.DayNumber + 1);
                from = until.AddDays(1);
            }
            periods.Add(new InterestPeriod(day, to, rate, to.DayNumber - day.DayNumber + 1, rate is null ? null : Money.Round(raw)));
            day = to.AddDays(1);
        }
        var daysLate = Math.Max(0, end.DayNumber - dueDate.DayNumber);
        var interest = periods.Sum(p => p.Amount ?? 0);
        var compensation = daysLate > 0 ? Compensation : 0;
        return new LatePaymentClaim(dueDate, paidDate, daysLate, principal, interest, periods, compensation, interest + compensation,
            periods.All(p => p.Rate is not null));
    }
}
