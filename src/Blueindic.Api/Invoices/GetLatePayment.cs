using Blueindic.Api.Reports;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Invoices;
using Blueindic.Api.Common;

namespace Blueindic.Api.Invoices;

public static class GetLatePaymentEndpoint
{
    /// <summary>Late-payment interest (Ley 3/2004) and the 40 € compensation an invoice paid late, or still overdue, may claim.</summary>
    /// <remarks>
    /// Day by day at each semester's legal rate; a semester without a published rate is listed with
    /// no rate and no amount (complete: false), never guessed. Zero for an invoice paid on time.
    /// A cancelled or corrective invoice accrues none: 409, rather than an answer with dates it never had.
    /// </remarks>
    /// <param name="asOf">Until when interest runs on an unpaid invoice (default today).</param>
    [WolverineGet("/api/invoices/{id}/late-payment"), Tags("Invoices")]
    [ProducesResponseType<LatePaymentResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, TimeProvider clock, LatePaymentRates rates, CancellationToken ct,
        DateOnly? asOf = null)
    {
        if (AsOf.Read(asOf, clock, out var day) is { } badDay) return badDay;
        var view = await session.LoadAsync<InvoiceView>(id, ct);
        if (view is null) return Problems.NotFound("invoice");
        if (LateClaims.NoClaimBecause(view) is { } why) return Problems.Conflict(why);
        var c = LateClaims.For(view, day, rates);
        return Results.Ok(new LatePaymentResponse(InvoiceId: view.Id, Number: view.Number, DueDate: c.DueDate, PaidDate: c.PaidDate,
            DaysLate: c.DaysLate, Principal: c.Principal, Interest: c.Interest, InterestPeriods: c.InterestPeriods, Compensation: c.Compensation,
            Claimable: c.Claimable, Complete: c.Complete));
    }
}
