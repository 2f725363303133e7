namespace Blueindic.Domain.Invoices;

/// <summary>
/// Where an invoice stands in money: the one fold both the write model and the invoice view use.
/// A corrective invoice settles through the invoice it corrects, so nothing is ever due on it.
/// </summary>
public sealed record InvoiceBalance(
    decimal Total,
    decimal Adjustments,
    decimal Paid,
    decimal WrittenOff,
    bool Cancelled,
    bool IsCorrective,
    IReadOnlyList<Payment> Payments,
    bool Annulled = false)
{
    public static InvoiceBalance For(InvoiceIssued e) => new(e.Amounts.Total, 0, 0, 0, false, e.Corrects is not null, []);

    public decimal AdjustedTotal => Total + Adjustments;

    public decimal Due => IsCorrective || Cancelled || Annulled ? 0 : AdjustedTotal - Paid - WrittenOff;

    /// <summary>What a payment may still bring in: what is due plus what was written off (a recovery).</summary>
    public decimal Collectible => Due + (Cancelled || Annulled ? 0 : WrittenOff);

    public InvoiceStatus Status =>
        Annulled ? InvoiceStatus.Annulled
        : Cancelled ? InvoiceStatus.Cancelled
        : IsCorrective ? InvoiceStatus.Issued
        : WrittenOff > 0 ? InvoiceStatus.Uncollectible
        : Due == 0 ? InvoiceStatus.Paid
        : Paid > 0 ? InvoiceStatus.PartiallyPaid
        : InvoiceStatus.Issued;

    public InvoiceBalance Apply(PaymentRecorded e)
    {
        var recovered = Math.Min(WrittenOff, Math.Max(0, e.Amount - Due));
        return this with
        {
            Paid = Paid + e.Amount,
            WrittenOff = WrittenOff - recovered,
            Payments = [.. Payments, new Payment(e.PaymentId, e.Amount, e.Date, e.Method, e.Reference, false, recovered)],
        };
    }

    /// <summary>A reversed payment's amount is due again; what it had recovered is written off again.</summary>
    public InvoiceBalance Apply(PaymentReversed e) => this with
    {
        Paid = Paid - e.Amount,
        WrittenOff = WrittenOff + (Payments.FirstOrDefault(p => p.Id == e.PaymentId)?.Recovered ?? 0),
        Payments = Payments.Select(p => p.Id == e.PaymentId ? p with { Reversed = true } : p).ToList(),
    };

    public InvoiceBalance Apply(InvoiceWrittenOff e) => this with { WrittenOff = WrittenOff + e.Amount };
    /// <summary>A credit larger than what is due lowers what was written off.</summary>
    public InvoiceBalance Apply(InvoiceCorrected e) => this with
    {
        Adjustments = Adjustments + e.Adjustment,
        WrittenOff = WrittenOff - Math.Min(WrittenOff, Math.Max(0, -e.Adjustment - Due)),
    };
    public InvoiceBalance Apply(InvoiceCancelled _) => this with { Cancelled = true, WrittenOff = 0 };
    /// <summary>An annulled invoice never counted: nothing is due on it (nothing was paid or written off, or it could not be annulled).</summary>
    public InvoiceBalance Apply(InvoiceAnnulled _) => this with { Annulled = true };
}
