using Blueindic.Domain.Reports;

namespace Blueindic.Domain.Tests.Reports;

public sealed class MorosityTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 15);

    private static InvoiceFigures Invoice(string due, decimal total, decimal amountDue, decimal writtenOff = 0, bool counts = true) =>
        new(DateOnly.Parse(due), total, amountDue, writtenOff, counts);

    [Fact]
    public void Overdue_is_what_is_still_due_after_the_due_date_and_morosity_adds_what_was_written_off()
    {
        var figures = Morosity.Of(
        [
            Invoice("2026-06-14", 121m, 121m),                   // overdue since yesterday
            Invoice("2026-06-15", 100m, 100m),                   // due today: not overdue yet
            Invoice("2026-03-01", 200m, 50m),                    // part paid, the rest overdue for 106 days
            Invoice("2026-02-01", 300m, 0m, writtenOff: 300m),   // written off: uncollectible, not overdue
            Invoice("2026-01-10", 400m, 0m, counts: false),      // cancelled: not invoiced
        ], AsOf);

        (figures.Invoiced, figures.Overdue, figures.Uncollectible, figures.MorosityAmount).ShouldBe((721m, 171m, 300m, 471m));
        (figures.Receivables, figures.OverdueInvoices, figures.OldestDaysOverdue).ShouldBe((271m, 2, 106));
        figures.MorosityRate.ShouldBe(65.33m);   // 471 / 721 × 100
    }

    [Fact]
    public void Sums_made_elsewhere_give_the_same_figures_as_the_invoices_they_sum()
    {
        IReadOnlyCollection<InvoiceFigures> invoices = [Invoice("2026-05-01", 1000m, 400m), Invoice("2026-06-30", 500m, 500m), Invoice("2026-01-31", 80m, 0m, 80m)];
        var sums = new MorositySums(1580m, 400m, 80m, 900m, 1, new DateOnly(2026, 5, 1));
        Morosity.FromSums(sums, AsOf).ShouldBe(Morosity.Of(invoices, AsOf));
    }

    [Fact]
    public void Nothing_invoiced_gives_no_rate_and_nothing_overdue_no_days()
    {
        var figures = Morosity.FromSums(new MorositySums(0m, 0m, 0m, 0m, 0, null), AsOf);
        (figures.MorosityRate, figures.OldestDaysOverdue).ShouldBe((null, 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-50)]
    public void A_rate_over_nothing_or_less_than_nothing_invoiced_is_null_even_with_morosity(decimal invoiced)
    {
        // A year of credits only (an earlier year's invoice corrected this year) with last year's debt still lost.
        var figures = Morosity.FromSums(new MorositySums(invoiced, 121m, 80m, 121m, 1, new DateOnly(2026, 5, 1)), AsOf);
        (figures.MorosityAmount, figures.MorosityRate).ShouldBe((201m, null));
        Morosity.Dso(121m, invoiced, 2026, AsOf).ShouldBeNull();
    }

    [Fact]
    public void Days_sales_outstanding_count_the_year_up_to_asOf_or_the_whole_of_a_past_year()
    {
        Morosity.Dso(100m, 1000m, 2026, AsOf).ShouldBe(16.6m);                 // 166 days × 0.1
        Morosity.Dso(100m, 1000m, 2025, AsOf).ShouldBe(36.5m);                 // 365 days × 0.1
        Morosity.Dso(100m, 0m, 2026, AsOf).ShouldBeNull();
        Morosity.Dso(0m, 1000m, 2027, AsOf).ShouldBeNull();                    // a year not begun has no days
    }
}
