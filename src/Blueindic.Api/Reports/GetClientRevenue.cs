using Blueindic.Domain.Reports;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;
using Blueindic.Api.Common;
using Blueindic.Api.Sql;

namespace Blueindic.Api.Reports;

/// <param name="Net">Taxable base (facturación) of the year.</param>
/// <param name="Total">With taxes, after withholding.</param>
/// <param name="Share">Percent of the year's net.</param>
/// <param name="ChangePercent">Null when the client had no net in the compared year.</param>
public sealed record ClientRevenueRow(Guid ClientId, string ClientName, decimal Net, decimal Total, int InvoiceCount, decimal Share,
    decimal PreviousNet, decimal ChangeAmount, decimal? ChangePercent);

public sealed record ClientRevenueReport(int Year, int CompareYear, decimal TotalNet, IReadOnlyList<ClientRevenueRow> Data);

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
        var rows = ranking.Rows.Select(r => new ClientRevenueRow(r.ClientId, r.ClientName, r.Net, r.Total, r.InvoiceCount,
            Comparison.Share(r.Net, ranking.TotalNet), r.PreviousNet, r.Net - r.PreviousNet, Comparison.ChangePercent(r.Net, r.PreviousNet))).ToList();
        return Results.Ok(new ClientRevenueReport(y, previous, ranking.TotalNet, rows));
    }
}
