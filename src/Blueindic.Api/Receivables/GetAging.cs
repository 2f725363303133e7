using Blueindic.Domain.Common;
using Blueindic.Domain.Receivables;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;
using Blueindic.Api.Common;

namespace Blueindic.Api.Receivables;

/// <summary>Amounts still due per aging bucket (days past due).</summary>
public sealed record AgingBuckets(decimal NotDue, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90, decimal Total)
{
    public static AgingBuckets Of(IEnumerable<OpenAmount> amounts, DateOnly asOf)
    {
        var sums = amounts.GroupBy(a => AlertLevels.Age(a.DueDate, asOf)).ToDictionary(g => g.Key, g => g.Sum(a => a.AmountDue));
        decimal Sum(AgingBucket b) => sums.GetValueOrDefault(b);
        return new AgingBuckets(Sum(AgingBucket.NotDue), Sum(AgingBucket.Days1To30), Sum(AgingBucket.Days31To60),
            Sum(AgingBucket.Days61To90), Sum(AgingBucket.Over90), sums.Values.Sum());
    }
}

public sealed record ClientAging(Guid ClientId, string ClientName, AgingBuckets Buckets);

public sealed record AgingReport(DateOnly AsOf, AgingBuckets Total, IReadOnlyList<ClientAging> Clients);

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
        var amounts = await OpenInvoices.AmountsAsync(OpenInvoices.Query(session, null), ct);
        var clients = amounts.GroupBy(a => a.ClientId)
            .Select(g => new ClientAging(g.Key, g.First().ClientName, AgingBuckets.Of(g, day)))
            .OrderByDescending(c => c.Buckets.Total).ThenBy(c => c.ClientName).ToList();
        return Results.Ok(new AgingReport(day, AgingBuckets.Of(amounts, day), clients));
    }
}
