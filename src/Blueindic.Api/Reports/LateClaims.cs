using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Reports;

internal static class LateClaims
{
    /// <summary>
    /// Why <paramref name="v"/> can claim no late-payment interest at all, or null when it can: a
    /// cancelled invoice is owed by no one, and a corrective invoice is settled through its original.
    /// </summary>
    public static string? NoClaimBecause(InvoiceView v) =>
        v.Status == InvoiceStatus.Cancelled ? "A cancelled invoice accrues no late-payment interest: nothing is owed on it."
        : v.Balance.IsCorrective ? "A corrective invoice accrues no late-payment interest: it is settled through the invoice it corrects."
        : null;

    /// <summary>What may be claimed for paying <paramref name="v"/> late, as of <paramref name="asOf"/>; nothing, and no dates, for cancelled and corrective invoices.</summary>
    public static LatePaymentClaim For(InvoiceView v, DateOnly asOf, LatePaymentRates rates)
    {
        if (NoClaimBecause(v) is not null)
            return new LatePaymentClaim(v.DueDate, PaidDate: null, DaysLate: 0, Principal: v.Balance.AdjustedTotal, Interest: 0, InterestPeriods: [],
                Compensation: 0, Claimable: 0, Complete: true);
        var payments = v.Balance.Payments.Where(p => !p.Reversed).Select(p => (p.Date, p.Amount)).ToList();
        var settledOn = v.Status == InvoiceStatus.Paid ? (payments.Count == 0 ? v.DueDate : payments.Max(p => p.Date)) : (DateOnly?)null;
        return LatePaymentInterest.Claim(v.DueDate, v.Balance.AdjustedTotal, payments, settledOn, asOf, rates);
    }
}
