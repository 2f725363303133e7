using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Invoices;
using Blueindic.Api.Common;
using Blueindic.Api.Sql;

namespace Blueindic.Api.Reports;

public static class GetMorosityEndpoint
{
    /// <summary>What share of the year's invoicing is overdue or lost, and which clients cause it.</summary>
    /// <remarks>Client names are the clients' current ones.</remarks>
    /// <param name="year">Default: the year of asOf.</param>
    /// <param name="asOf">The day overdue is judged on (default today).</param>
    /// <param name="limit">How many clients to list, 1–100, default 25.</param>
    [WolverineGet("/api/reports/morosity"), Tags("Reports")]
    [ProducesResponseType<MorosityReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, LatePaymentRates rates, CancellationToken ct,
        int? year = null, DateOnly? asOf = null, int? limit = null)
    {
        if (AsOf.Read(asOf, clock, out var day) is { } badDay) return badDay;
        var y = year ?? day.Year;
        if (y is < 2000 or > 9998) return Problems.Validation("year", "A year from 2000 on.");
        if (Cursor.Read(limit, null, out var take, out _) is { } badLimit) return badLimit;

        var (from, to) = InvoiceRows.YearUpTo(y, day);
        var found = await MorosityByClient.ForAsync(session, from, to, day, take, ct);
        // Late interest needs each invoice's payments: read only the listed clients' invoices.
        var ids = found.Clients.Select(c => c.ClientId).ToArray();
        var views = ids.Length == 0 ? [] : await session.Query<InvoiceView>()
            .Where(x => x.ClientId.IsOneOf(ids) && x.IssueDate >= from && x.IssueDate <= to && x.Status != InvoiceStatus.Annulled).ToListAsync(ct);
        var claims = views.GroupBy(v => v.ClientId).ToDictionary(g => g.Key, g => g.Select(v => LateClaims.For(v, day, rates)).ToList());
        var clients = found.Clients.Select(c =>
        {
            var f = Morosity.FromSums(c.Sums, day);
            var late = claims.GetValueOrDefault(c.ClientId) ?? [];
            return new ClientMorosity(ClientId: c.ClientId, ClientName: c.ClientName, Invoiced: f.Invoiced, Overdue: f.Overdue,
                Uncollectible: f.Uncollectible, MorosityAmount: f.MorosityAmount, MorosityRate: f.MorosityRate, OverdueInvoices: f.OverdueInvoices,
                OldestDaysOverdue: f.OldestDaysOverdue, Claimable: late.Sum(l => l.Claimable), ClaimableComplete: late.All(l => l.Complete));
        }).ToList();
        var all = Morosity.FromSums(found.Totals, day);
        return Results.Ok(new MorosityReport(Year: y, AsOf: day, Invoiced: all.Invoiced, Overdue: all.Overdue, Uncollectible: all.Uncollectible,
            MorosityAmount: all.MorosityAmount, MorosityRate: all.MorosityRate, Dso: Morosity.Dso(all.Receivables, all.Invoiced, y, day),
            ClientCount: found.ClientCount, Clients: clients));
    }
}
