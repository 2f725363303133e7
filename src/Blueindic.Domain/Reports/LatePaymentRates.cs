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
