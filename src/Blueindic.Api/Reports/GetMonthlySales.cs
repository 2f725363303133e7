namespace Blueindic.Api.Reports;

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
        return Results.Ok(await MonthlySalesReport.LoadAsync(session, y, previous, ct));
    }
}
