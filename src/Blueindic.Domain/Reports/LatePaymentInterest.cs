using Blueindic.Domain.Common;

namespace Blueindic.Domain.Reports;

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
