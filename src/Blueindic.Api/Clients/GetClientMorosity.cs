using Blueindic.Api.Reports;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;
using Blueindic.Api.Common;

namespace Blueindic.Api.Clients;

/// <param name="PaidDate">The day the last payment settled it.</param>
public sealed record LatePayment(Guid InvoiceId, string Number, DateOnly DueDate, DateOnly PaidDate, int DaysLate, decimal Total);

public sealed record ClientMorosityReport(Guid ClientId, string ClientName, int Year, DateOnly AsOf, decimal Invoiced, decimal Overdue,
    decimal Uncollectible, decimal MorosityAmount, decimal MorosityRate, int OverdueInvoices, int OldestDaysOverdue,
    decimal Claimable, bool ClaimableComplete, IReadOnlyList<LatePayment> LatePayments);

public static class GetClientMorosityEndpoint
{
    /// <summary>One client's morosity for a year, and every invoice of theirs paid after its due date.</summary>
    /// <param name="year">Default: the year of asOf.</param>
    /// <param name="asOf">The day overdue is judged on (default today).</param>
    [WolverineGet("/api/clients/{id}/morosity"), Tags("Clients")]
    [ProducesResponseType<ClientMorosityReport>(StatusCodes.Status200OK)]
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
        var paid = await session.Query<InvoiceView>().Where(x => x.ClientId == id && x.Status == InvoiceStatus.Paid).ToListAsync(ct);
        var late = paid
            .Select(v => (View: v, PaidDate: v.Balance.Payments.Where(p => !p.Reversed).Max(p => (DateOnly?)p.Date)))
            .Where(x => x.PaidDate > x.View.DueDate)
            .Select(x => new LatePayment(x.View.Id, x.View.Number, x.View.DueDate, x.PaidDate!.Value,
                x.PaidDate.Value.DayNumber - x.View.DueDate.DayNumber, x.View.Balance.AdjustedTotal))
            .OrderByDescending(l => l.DueDate).ToList();

        return Results.Ok(new ClientMorosityReport(id, client.Details.Name, y, day, figures.Invoiced, figures.Overdue, figures.Uncollectible,
            figures.MorosityAmount, figures.MorosityRate, figures.OverdueInvoices, figures.OldestDaysOverdue,
            claims.Sum(c => c.Claimable), claims.All(c => c.Complete), late));
    }
}
