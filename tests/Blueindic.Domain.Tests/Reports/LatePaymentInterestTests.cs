using Blueindic.Domain.Reports;

namespace Blueindic.Domain.Tests.Reports;

public sealed class LatePaymentInterestTests
{
    private static readonly LatePaymentRates Rates = LatePaymentRates.WithPublished();

    [Fact]
    public void A_late_payment_accrues_day_by_day_across_semesters_at_each_rate()
    {
        // Due 2025-06-20, paid 2025-07-10: 10 days at 11.15 % (21–30 June) and 10 days at 10.15 % (1–10 July) on 1,000 €.
        var claim = LatePaymentInterest.Claim(new DateOnly(2025, 6, 20), 1000m, [(new DateOnly(2025, 7, 10), 1000m)],
            new DateOnly(2025, 7, 10), new DateOnly(2026, 1, 1), Rates);

        claim.DaysLate.ShouldBe(20);
        claim.InterestPeriods.Select(p => (p.From, p.To, p.Rate, p.Days, p.Amount)).ShouldBe(
        [
            (new DateOnly(2025, 6, 21), new DateOnly(2025, 6, 30), (decimal?)11.15m, 10, (decimal?)3.05m),   // 1000 × 11.15 % × 10 / 365 = 3.0548
            (new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 10), 10.15m, 10, 2.78m),                       // 1000 × 10.15 % × 10 / 365 = 2.7808
        ]);
        (claim.Interest, claim.Compensation, claim.Claimable, claim.Complete).ShouldBe((5.83m, 40m, 45.83m, true));
    }

    [Fact]
    public void A_partial_payment_stops_interest_on_its_part_the_day_after()
    {
        // 1,000 € due 2024-03-01; 600 paid on 2024-03-11, the rest on 2024-03-21; 12.50 % in 2024H1.
        var claim = LatePaymentInterest.Claim(new DateOnly(2024, 3, 1), 1000m,
            [(new DateOnly(2024, 3, 11), 600m), (new DateOnly(2024, 3, 21), 400m)], new DateOnly(2024, 3, 21), new DateOnly(2026, 1, 1), Rates);
        // 10 days on 1000 (2–11 March) + 10 days on 400 (12–21 March) = 14000 × 12.5 % / 365 = 4.7945
        claim.Interest.ShouldBe(4.79m);
        claim.DaysLate.ShouldBe(20);
    }

    [Fact]
    public void A_semester_without_a_published_rate_is_reported_not_guessed()
    {
        var claim = LatePaymentInterest.Claim(new DateOnly(2026, 6, 25), 500m, [], null, new DateOnly(2026, 7, 5), Rates);
        claim.InterestPeriods.Select(p => (p.Rate, p.Days, p.Amount)).ShouldBe([((decimal?)10.15m, 5, (decimal?)0.70m), (null, 5, null)]);   // 26–30 June, then 1–5 July
        (claim.Complete, claim.Interest, claim.Claimable).ShouldBe((false, 0.70m, 40.70m));

        var extended = LatePaymentRates.WithPublished(new Dictionary<string, decimal> { ["2026H2"] = 10.15m });
        LatePaymentInterest.Claim(new DateOnly(2026, 6, 25), 500m, [], null, new DateOnly(2026, 7, 5), extended).Complete.ShouldBeTrue();
    }

    [Fact]
    public void Paid_on_time_claims_nothing()
    {
        var claim = LatePaymentInterest.Claim(new DateOnly(2025, 6, 20), 1000m, [(new DateOnly(2025, 6, 20), 1000m)],
            new DateOnly(2025, 6, 20), new DateOnly(2026, 1, 1), Rates);
        (claim.DaysLate, claim.Interest, claim.Claimable, claim.InterestPeriods.Count).ShouldBe((0, 0m, 0m, 0));
    }

    [Theory]
    [InlineData("2026-H2", 10)]
    [InlineData("2026H3", 10)]
    [InlineData("H2", 10)]
    [InlineData("2026H2", -1)]
    public void Configured_rates_must_name_a_semester_and_be_positive(string key, decimal rate) =>
        Should.Throw<ArgumentException>(() => LatePaymentRates.WithPublished(new Dictionary<string, decimal> { [key] = rate }));

    [Fact]
    public void Configured_rates_are_read_in_any_case_and_override_published_ones()
    {
        var rates = LatePaymentRates.WithPublished(new Dictionary<string, decimal> { ["2026h2"] = 9.5m, ["2025H1"] = 11m });
        rates.RateOn(new DateOnly(2026, 8, 1)).ShouldBe(9.5m);
        rates.RateOn(new DateOnly(2025, 3, 1)).ShouldBe(11m);
        rates.RateOn(new DateOnly(2018, 3, 1)).ShouldBeNull();
    }
}
