using Blueindic.Api.Reports;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Clients;
using Blueindic.Api.Common;

namespace Blueindic.Api.Clients;

public static class GetClientMorosityEndpoint
{
    /// <summary>One client's morosity for a year, and the year's invoices of theirs paid after their due date.</summary>
    /// <remarks>
    /// An invoice belongs to the year it was issued in, here as in the business's report: its late
    /// payment is listed with that year, whenever it was paid.
    /// </remarks>
    /// <param name="year">Default: the year of asOf.</param>
    /// <param name="asOf">The day overdue is judged on (default today).</param>
    [WolverineGet("/api/clients/{id}/morosity"), Tags("Clients")]
    [ProducesResponseType<ClientMorosityReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, TimeProvider clock, LatePaymentRates rates, CancellationToken ct,
        int? year = null, DateOnly? asOf = null)
    {
        var client = await session.LoadAsync<ClientView>(id, ct);
        if (client is null) return Problems.NotFound("client");
        if (AsOf.Read(asOf, clock, out var day) is { } badDay) return badDay;
        var y = year ?? day.Year;
        if (y is < 2000 or > 9998) return Problems.Validation("year", "A year from 2000 on.");

        var views = await InvoiceRows.IssuedInAsync(session, y, id, day, ct);
        var figures = Morosity.Of(views.Select(InvoiceRows.Figures).ToList(), day);
        var claims = views.Select(v => LateClaims.For(v, day, rates)).ToList();
        var late = views.Where(v => v.Status == InvoiceStatus.Paid)
            .Select(v => (View: v, PaidDate: v.Balance.Payments.Where(p => !p.Reversed).Max(p => (DateOnly?)p.Date)))
            .Where(x => x.PaidDate > x.View.DueDate)
            .Select(x => new LatePayment(InvoiceId: x.View.Id, Number: x.View.Number, DueDate: x.View.DueDate, PaidDate: x.PaidDate!.Value,
                DaysLate: x.PaidDate.Value.DayNumber - x.View.DueDate.DayNumber, TotalAfterCorrections: x.View.Balance.AdjustedTotal))
            .OrderByDescending(l => l.DueDate).ToList();

        return Results.Ok(new ClientMorosityReport(ClientId: id, ClientName: client.Details.Name, Year: y, AsOf: day, Invoiced: figures.Invoiced,
            Overdue: figures.Overdue, Uncollectible: figures.Uncollectible, MorosityAmount: figures.MorosityAmount, MorosityRate: figures.MorosityRate,
            OverdueInvoices: figures.OverdueInvoices, OldestDaysOverdue: figures.OldestDaysOverdue, Claimable: claims.Sum(c => c.Claimable),
            ClaimableComplete: claims.All(c => c.Complete), LatePayments: late));
    }
}
