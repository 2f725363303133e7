using Blueindic.Domain.Reports;
using Blueindic.Api.Common;
using Blueindic.Api.Sql;

namespace Blueindic.Api.Reports;

public static class GetClientRevenueEndpoint
{
    /// <summary>Best and worst clients by net invoiced, year over year, in € and %.</summary>
    /// <remarks>
    /// Every client with net ≠ 0 in either year has a row, so one who stopped buying shows in the
    /// bottom ranking. Built by the async daemon: a just-issued invoice shows a moment later.
    /// </remarks>
    /// <param name="year">Default: this year.</param>
    /// <param name="compareYear">Default: the year before.</param>
    /// <param name="order">desc (default): top clients first; asc: bottom clients first.</param>
    /// <param name="limit">1–100, default 25.</param>
    [WolverineGet("/api/reports/clients/revenue"), Tags("Reports")]
    [ProducesResponseType<ClientRevenueReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct,
        int? year = null, int? compareYear = null, string? order = null, int? limit = null)
    {
        if (ReportYears.Read(year, compareYear, clock, out var y, out var previous) is { } refused) return refused;
        if (order is not (null or "desc" or "asc")) return Problems.Validation("order", "order is desc or asc.");
        if (Cursor.Read(limit, null, out var take, out _) is { } badLimit) return badLimit;

        var ranking = await ClientRevenueRanking.ForAsync(session, y, previous, order == "asc", take, ct);
        var rows = ranking.Rows.Select(r => new ClientRevenueRow(ClientId: r.ClientId, ClientName: r.ClientName, Net: r.Net, Total: r.Total,
            InvoiceCount: r.InvoiceCount, Share: Comparison.Share(r.Net, ranking.TotalNet), PreviousNet: r.PreviousNet,
            ChangeAmount: r.Net - r.PreviousNet, ChangePercent: Comparison.ChangePercent(r.Net, r.PreviousNet))).ToList();
        return Results.Ok(new ClientRevenueReport(y, previous, ranking.TotalNet, rows));
    }
}
