namespace Blueindic.Domain.Invoices;

/// <summary>An invoice's amounts. <see cref="Total"/> = base + VAT + surcharge − withholding.</summary>
public sealed record InvoiceAmounts(
    IReadOnlyList<InvoiceLine> Lines,
    IReadOnlyList<TaxBreakdown> Taxes,
    decimal NetTotal,
    decimal VatTotal,
    decimal SurchargeTotal,
    decimal WithholdingRate,
    decimal WithholdingTotal,
    decimal Total)
{
    /// <summary>Cuota total of the VERI*FACTU record: VAT and surcharge.</summary>
    public decimal TaxTotal => VatTotal + SurchargeTotal;

    /// <summary>Importe total of the VERI*FACTU record: base plus taxes, before withholding.</summary>
    public decimal GrossTotal => NetTotal + VatTotal + SurchargeTotal;
}
