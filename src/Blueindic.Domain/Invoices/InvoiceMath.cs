using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

/// <summary>The arithmetic of SPAIN.md "Invoice arithmetic", rounding half away from zero at every step.</summary>
public static class InvoiceMath
{
    public static decimal LineNet(decimal quantity, decimal unitPrice, decimal discountPercent) =>
        Money.Round(quantity * unitPrice * (1 - discountPercent / 100m));

    public static InvoiceAmounts Compute(IEnumerable<LineInput> input, bool equivalenceSurcharge, decimal withholdingRate)
    {
        var lines = input.Select(l => new InvoiceLine(l.Description, l.Quantity, l.UnitPrice, l.DiscountPercent, l.VatRate,
            LineNet(l.Quantity, l.UnitPrice, l.DiscountPercent))).ToList();

        var taxes = lines.GroupBy(l => l.VatRate).OrderByDescending(g => g.Key).Select(g =>
        {
            var taxBase = g.Sum(l => l.Net);
            var surchargeRate = equivalenceSurcharge ? TaxRates.SurchargeFor(g.Key) : 0m;
            return new TaxBreakdown(g.Key, taxBase, Money.Round(taxBase * g.Key / 100m), surchargeRate,
                Money.Round(taxBase * surchargeRate / 100m));
        }).ToList();

        var netTotal = taxes.Sum(t => t.Base);
        var vatTotal = taxes.Sum(t => t.Vat);
        var surchargeTotal = taxes.Sum(t => t.Surcharge);
        var withholding = Money.Round(netTotal * withholdingRate / 100m);
        return new InvoiceAmounts(lines, taxes, netTotal, vatTotal, surchargeTotal, withholdingRate, withholding,
            netTotal + vatTotal + surchargeTotal - withholding);
    }
}
