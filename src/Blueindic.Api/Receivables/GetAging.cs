using Blueindic.Api.Common;
using Blueindic.Domain.Common;

namespace Blueindic.Api.Receivables;

public static class GetAgingEndpoint
{
    /// <summary>What is still to collect by how late it is: overall and per client (largest first).</summary>
    /// <param name="asOf">The day the amounts are aged against (default today).</param>
    [WolverineGet("/api/receivables/aging"), Tags("Receivables")]
    [ProducesResponseType<AgingReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null)
    {
        if (AsOf.Read(asOf, clock, out var day) is { } badDay) return badDay;
        var amounts = await OpenInvoices.AmountsAsync(OpenInvoices.Query(session, null, day), ct);
        var clients = amounts.GroupBy(a => a.ClientId)
            .Select(g => new ClientAging(g.Key, g.First().ClientName, AgingBuckets.Of(g, day)))
            .OrderByDescending(c => c.Buckets.Total).ThenBy(c => c.ClientName, SpanishCollation.Names).ThenBy(c => c.ClientId).ToList();
        return Results.Ok(new AgingReport(day, AgingBuckets.Of(amounts, day), clients));
    }
}
