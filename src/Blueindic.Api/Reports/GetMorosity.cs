using Blueindic.Api.Common;
using Blueindic.Domain.Common;
using Blueindic.Domain.Reports;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

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
/// <param name="Clients">Only clients with a morosity amount, largest first.</param>
public sealed record MorosityReport(int Year, DateOnly AsOf, decimal Invoiced, decimal Overdue, decimal Uncollectible, decimal MorosityAmount,
    decimal MorosityRate, decimal Dso, IReadOnlyList<ClientMorosity> Clients);

public static class GetMorosityEndpoint
{
    /// <summary>What share of the year's invoicing is overdue or lost, and which clients cause it.</summary>
    /// <param name="year">Default: the year of asOf.</param>
    /// <param name="asOf">The day overdue is judged on (default today).</param>
    [WolverineGet("/api/reports/morosity"), Tags("Reports")]
    [ProducesResponseType<MorosityReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, LatePaymentRates rates, CancellationToken ct,
        int? year = null, DateOnly? asOf = null)
    {
        if (AsOf.Read(asOf, clock, out var day) is { } badDay) return badDay;
        var y = year ?? day.Year;
        if (y is < 2000 or > 9998) return Problems.Validation("year", "A year from 2000 on.");

        var views = await InvoiceRows.IssuedInAsync(session, y, null, day, ct);
        var rows = views.Select(InvoiceRows.Figures).ToList();
        var claims = views.GroupBy(v => v.ClientId).ToDictionary(g => g.Key, g => g.Select(v => LateClaims.For(v, day, rates)).ToList());
        var all = Morosity.Of(rows, day);
        var clients = rows.GroupBy(r => r.ClientId)
            .Select(g => (Name: g.First().ClientName, Id: g.Key, Figures: Morosity.Of(g.ToList(), day)))
            .Where(c => c.Figures.MorosityAmount > 0)
            .OrderByDescending(c => c.Figures.MorosityAmount).ThenBy(c => c.Name)
            .Select(c => new ClientMorosity(c.Id, c.Name, c.Figures.Invoiced, c.Figures.Overdue, c.Figures.Uncollectible,
                c.Figures.MorosityAmount, c.Figures.MorosityRate, c.Figures.OverdueInvoices, c.Figures.OldestDaysOverdue,
                claims[c.Id].Sum(l => l.Claimable), claims[c.Id].All(l => l.Complete)))
            .ToList();
        return Results.Ok(new MorosityReport(y, day, all.Invoiced, all.Overdue, all.Uncollectible, all.MorosityAmount, all.MorosityRate,
            Morosity.Dso(all.Receivables, all.Invoiced, y, day), clients));
    }
}
