using Blueindic.Domain.Common;

namespace Blueindic.Domain.Reports;

/// <summary>Year-over-year arithmetic shared by the sales reports.</summary>
public static class Comparison
{
    /// <summary>(current − previous) ÷ |previous| × 100, 2 decimals; null when there is nothing to compare with.</summary>
    public static decimal? ChangePercent(decimal current, decimal previous) =>
        previous == 0 ? null : Money.Round((current - previous) / Math.Abs(previous) * 100);

    /// <summary>part ÷ whole × 100, 2 decimals; 0 when the whole is 0.</summary>
    public static decimal Share(decimal part, decimal whole) => whole == 0 ? 0 : Money.Round(part / whole * 100);

    /// <summary>A month's net ÷ the year's average monthly net, 2 decimals; null for a year without sales.</summary>
    public static decimal? SeasonalityIndex(decimal monthNet, decimal yearNet) =>
        yearNet == 0 ? null : Money.Round(monthNet / (yearNet / 12));
}
