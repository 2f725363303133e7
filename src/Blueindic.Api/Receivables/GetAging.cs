using Blueindic.Api.Common;
using Blueindic.Api.Sql;

namespace Blueindic.Api.Receivables;

public static class GetAgingEndpoint
{
    /// <summary>What is still to collect by how late it is: overall and per client (largest first).</summary>
    /// <remarks>Client names are the clients' current ones.</remarks>
    /// <param name="asOf">The day the amounts are aged against (default today).</param>
    /// <param name="limit">How many clients to list, 1–100, default 25.</param>
    [WolverineGet("/api/receivables/aging"), Tags("Receivables")]
    [ProducesResponseType<AgingReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null, int? limit = null)
    {
        if (AsOf.Read(asOf, clock, out var day) is { } badDay) return badDay;
        if (Cursor.Read(limit, null, out var take, out _) is { } badLimit) return badLimit;
        var aging = await AgingByClient.ForAsync(session, day, take, ct);
        return Results.Ok(new AgingReport(day, aging.Total, aging.ClientCount, aging.Clients));
    }
}
