namespace Blueindic.Domain.Invoices;

/// <summary>Spanish rates in percent (SPAIN.md "Rates").</summary>
public static class TaxRates
{
    public static readonly IReadOnlyList<decimal> Vat = [0m, 4m, 10m, 21m];
    public static readonly IReadOnlyList<decimal> Withholding = [0m, 1m, 2m, 7m, 15m, 19m];

    /// <summary>Recargo de equivalencia that goes with a VAT rate.</summary>
    public static decimal SurchargeFor(decimal vatRate) => vatRate switch
    {
        21m => 5.2m,
        10m => 1.4m,
        4m => 0.5m,
        _ => 0m,
    };
}
