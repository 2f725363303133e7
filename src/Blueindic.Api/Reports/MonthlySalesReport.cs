using Blueindic.Domain.Reports;
using Blueindic.Projections.Reports;

namespace Blueindic.Api.Reports;

/// <param name="Months">Always 12 rows, January first.</param>
public sealed record MonthlySalesReport(int Year, int CompareYear, IReadOnlyList<MonthSales> Months, decimal TotalNet, decimal PreviousTotalNet,
    decimal ChangeAmount, decimal? ChangePercent)
{
    /// <summary>The two years' months, from the async monthly rollup.</summary>
    internal static async Task<MonthlySalesReport> LoadAsync(IQuerySession session, int year, int compareYear, CancellationToken ct)
    {
        var rows = await session.Query<MonthlySales>().Where(x => x.Year == year || x.Year == compareYear).ToListAsync(ct);
        MonthlySales? Find(int y, int m) => rows.FirstOrDefault(r => r.Year == y && r.Month == m);
        var totalNet = rows.Where(r => r.Year == year).Sum(r => r.Net);
        var previousTotal = rows.Where(r => r.Year == compareYear).Sum(r => r.Net);
        var months = Enumerable.Range(1, 12).Select(m =>
        {
            var current = Find(year, m);
            var net = current?.Net ?? 0;
            var previousNet = Find(compareYear, m)?.Net ?? 0;
            return new MonthSales(Month: m, Net: net, Total: current?.Total ?? 0, InvoiceCount: current?.InvoiceCount ?? 0, PreviousNet: previousNet,
                ChangeAmount: net - previousNet, ChangePercent: Comparison.ChangePercent(net, previousNet),
                SeasonalityIndex: Comparison.SeasonalityIndex(net, totalNet));
        }).ToList();
        return new MonthlySalesReport(Year: year, CompareYear: compareYear, Months: months, TotalNet: totalNet, PreviousTotalNet: previousTotal,
            ChangeAmount: totalNet - previousTotal, ChangePercent: Comparison.ChangePercent(totalNet, previousTotal));
    }
}
