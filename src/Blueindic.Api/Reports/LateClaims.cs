using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Reports;

internal static class LateClaims
{
    /// <summary>What may be claimed for paying <paramref name="v"/> late, as of <paramref name="asOf"/>; nothing for cancelled and corrective invoices.</summary>
    public static LatePaymentClaim For(InvoiceView v, DateOnly asOf, LatePaymentRates rates)
    {
        var payments = v.Balance.Payments.Where(p => !p.Reversed).Select(p => (p.Date, p.Amount)).ToList();
        var settledOn = v.Status switch
        {
            InvoiceStatus.Cancelled => v.DueDate,
            _ when v.Balance.IsCorrective => v.DueDate,
            InvoiceStatus.Paid => payments.Count == 0 ? v.DueDate : payments.Max(p => p.Date),
            _ => (DateOnly?)null,
        };
        return LatePaymentInterest.Claim(v.DueDate, v.Balance.AdjustedTotal, payments, settledOn, asOf, rates);
    }
}
