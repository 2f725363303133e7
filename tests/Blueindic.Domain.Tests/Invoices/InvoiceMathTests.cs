using Blueindic.Domain.Invoices;

namespace Blueindic.Domain.Tests.Invoices;

public sealed class InvoiceMathTests
{
    private static LineInput Line(decimal quantity, decimal price, decimal vat, decimal discount = 0) => new("x", quantity, price, discount, vat);

    [Theory]
    [InlineData(1, 10.005, 0, 10.01)]      // half a cent rounds away from zero
    [InlineData(3, 10.125, 10, 27.34)]     // 27.3375
    [InlineData(2, 0.0049, 0, 0.01)]       // 0.0098
    [InlineData(1, 0.004, 0, 0.00)]
    [InlineData(-1, 10.005, 0, -10.01)]    // negative lines (corrections) round symmetrically
    [InlineData(7, 12.5, 100, 0)]
    public void A_line_net_is_rounded_half_away_from_zero(decimal quantity, decimal price, decimal discount, decimal net) =>
        InvoiceMath.LineNet(quantity, price, discount).ShouldBe(net);

    [Fact]
    public void Mixed_rates_with_discount_surcharge_and_withholding()
    {
        var amounts = InvoiceMath.Compute(
            [Line(3, 10.125m, 10, discount: 10), Line(1, 100, 21), Line(2, 4.995m, 4), Line(1, 50, 0)],
            equivalenceSurcharge: true, withholdingRate: 15);

        amounts.Lines.Select(l => l.Net).ShouldBe([27.34m, 100m, 9.99m, 50m]);
        amounts.Taxes.Select(t => (t.VatRate, t.Base, t.Vat, t.SurchargeRate, t.Surcharge)).ShouldBe(
        [
            (21m, 100m, 21m, 5.2m, 5.2m),
            (10m, 27.34m, 2.73m, 1.4m, 0.38m),
            (4m, 9.99m, 0.40m, 0.5m, 0.05m),
            (0m, 50m, 0m, 0m, 0m),
        ]);
        amounts.NetTotal.ShouldBe(187.33m);
        amounts.VatTotal.ShouldBe(24.13m);
        amounts.SurchargeTotal.ShouldBe(5.63m);
        amounts.WithholdingTotal.ShouldBe(28.10m);   // 28.0995
        amounts.Total.ShouldBe(187.33m + 24.13m + 5.63m - 28.10m);
        amounts.TaxTotal.ShouldBe(29.76m);
        amounts.GrossTotal.ShouldBe(217.09m);
    }

    [Fact]
    public void VAT_is_rounded_per_rate_on_the_summed_base_not_per_line()
    {
        // Three lines of 0.05 at 21 %: per line 0.0105 → 0.01 each (0.03); on the base 0.15 → 0.0315 → 0.03.
        // Two lines of 0.25 at 10 %: per line 0.025 → 0.03 each (0.06); on the base 0.50 → 0.05.
        var amounts = InvoiceMath.Compute([Line(1, 0.25m, 10), Line(1, 0.25m, 10)], false, 0);
        amounts.VatTotal.ShouldBe(0.05m);
    }

    [Fact]
    public void Without_the_regime_there_is_no_surcharge()
    {
        var amounts = InvoiceMath.Compute([Line(1, 100, 21)], equivalenceSurcharge: false, withholdingRate: 0);
        amounts.SurchargeTotal.ShouldBe(0);
        amounts.Taxes.Single().SurchargeRate.ShouldBe(0);
        amounts.Total.ShouldBe(121m);
    }

    [Theory]
    [InlineData(21, 5.2)]
    [InlineData(10, 1.4)]
    [InlineData(4, 0.5)]
    [InlineData(0, 0)]
    public void Surcharge_rates_follow_the_VAT_rate(decimal vat, decimal surcharge) => TaxRates.SurchargeFor(vat).ShouldBe(surcharge);

    [Fact]
    public void VAT_surcharge_and_withholding_landing_on_half_a_cent_round_away_from_zero()
    {
        // 0.50 × 21 % = 0.105 → 0.11; 1.25 × 5.2 % = 0.065 → 0.07; 0.30 × 15 % = 0.045 → 0.05 (banker's rounding would give 0.10, 0.06, 0.04).
        InvoiceMath.Compute([Line(1, 0.50m, 21)], false, 0).VatTotal.ShouldBe(0.11m);
        InvoiceMath.Compute([Line(1, 1.25m, 21)], true, 0).SurchargeTotal.ShouldBe(0.07m);
        InvoiceMath.Compute([Line(1, 0.30m, 21)], false, 15).WithholdingTotal.ShouldBe(0.05m);
        InvoiceMath.Compute([Line(-1, 0.50m, 21)], false, 0).VatTotal.ShouldBe(-0.11m);
    }
}
