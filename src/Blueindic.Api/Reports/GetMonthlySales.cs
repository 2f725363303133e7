using Blueindic.Domain.Reports;
using Blueindic.Projections.Reports;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

namespace Blueindic.Api.Reports;

/// <param name="SeasonalityIndex">The month's net ÷ the year's average monthly net (1 = an average month).</param>
public sealed record MonthSales(int Month, decimal Net, decimal Total, int InvoiceCount, decimal PreviousNet, decimal ChangeAmount,
    decimal? ChangePercent, decimal? SeasonalityIndex);

/// <param name="Months">Always 12 rows, January first.</param>
public sealed record MonthlySalesReport(int Year, int CompareYear, IReadOnlyList<MonthSales> Months, decimal TotalNet, decimal PreviousTotalNet,
    decimal ChangeAmount, decimal? ChangePercent);

public static class GetMonthlySalesEndpoint
{
    /// <summary>Sales month by month (seasonality), against another year.</summary>
    /// <remarks>Built by the async daemon: a just-issued invoice shows a moment later.</remarks>
    /// <param name="year">Default: this year.</param>
    /// <param name="compareYear">Default: the year before.</param>
    [WolverineGet("/api/reports/sales/monthly"), Tags("Reports")]
    [ProducesResponseType<MonthlySalesReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct, int? year = null, int? compareYear = null)
    {
        if (ReportYears.Read(year, compareYear, clock, out var y, out var previous) is { } refused) return refused;
        return Results.Ok(await BuildAsync(session, y, previous, ct));
    }

    internal static async Task<MonthlySalesReport> BuildAsync(IQuerySession session, int year, int compareYear, CancellationToken ct)
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
            return new MonthSales(m, net, current?.Total ?? 0, current?.InvoiceCount ?? 0, previousNet, net - previousNet,
                Comparison.ChangePercent(net, previousNet), Comparison.SeasonalityIndex(net, totalNet));
        }).ToList();
        return new MonthlySalesReport(year, compareYear, months, totalNet, previousTotal, totalNet - previousTotal,
            Comparison.ChangePercent(totalNet, previousTotal));
    }
}
