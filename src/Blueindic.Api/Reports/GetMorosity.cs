using Blueindic.Domain.Common;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Invoices;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;
using Blueindic.Api.Common;
using Blueindic.Api.Sql;

namespace Blueindic.Api.Reports;

/// <param name="OldestDaysOverdue">Days past due of the client's oldest overdue invoice.</param>
/// <param name="Claimable">Late-payment interest (known rates) and compensations the client's late invoices of the year may claim.</param>
/// <param name="ClaimableComplete">False when some semester's interest rate is not published yet, so interest for it is not included.</param>
public sealed record ClientMorosity(Guid ClientId, string ClientName, decimal Invoiced, decimal Overdue, decimal Uncollectible,
    decimal MorosityAmount, decimal MorosityRate, int OverdueInvoices, int OldestDaysOverdue, decimal Claimable, bool ClaimableComplete);

/// <param name="Invoiced">Totals (with taxes) of the year's invoices, corrections with their sign, cancelled ones left out.</param>
/// <param name="Overdue">Still due on those invoices past their due date as of asOf.</param>
/// <param name="Uncollectible">Written off and not recovered.</param>
/// <param name="MorosityRate">Morosity amount ÷ invoiced × 100.</param>
/// <param name="Dso">Days sales outstanding: receivables ÷ invoiced × days of the year up to asOf.</param>
/// <param name="ClientCount">Clients with a morosity amount, all of them (the list stops at limit).</param>
/// <param name="Clients">Clients with a morosity amount, largest first, up to limit.</param>
public sealed record MorosityReport(int Year, DateOnly AsOf, decimal Invoiced, decimal Overdue, decimal Uncollectible, decimal MorosityAmount,
    decimal MorosityRate, decimal Dso, int ClientCount, IReadOnlyList<ClientMorosity> Clients);

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
            .Where(x => x.ClientId.IsOneOf(ids) && x.IssueDate >= from && x.IssueDate <= to).ToListAsync(ct);
        var claims = views.GroupBy(v => v.ClientId).ToDictionary(g => g.Key, g => g.Select(v => LateClaims.For(v, day, rates)).ToList());
        var clients = found.Clients.Select(c =>
        {
            var f = Morosity.FromSums(c.Sums, day);
            var late = claims.GetValueOrDefault(c.ClientId) ?? [];
            return new ClientMorosity(c.ClientId, c.ClientName, f.Invoiced, f.Overdue, f.Uncollectible, f.MorosityAmount, f.MorosityRate,
                f.OverdueInvoices, f.OldestDaysOverdue, late.Sum(l => l.Claimable), late.All(l => l.Complete));
        }).ToList();
        var all = Morosity.FromSums(found.Totals, day);
        return Results.Ok(new MorosityReport(y, day, all.Invoiced, all.Overdue, all.Uncollectible, all.MorosityAmount, all.MorosityRate,
            Morosity.Dso(all.Receivables, all.Invoiced, y, day), found.ClientCount, clients));
    }
}
