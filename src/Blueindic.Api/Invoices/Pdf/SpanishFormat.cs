using System.Globalization;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>Figures as a Spanish reader expects them on an invoice: 1.234,56 €, 21 %, 30/06/2026.</summary>
public static class SpanishFormat
{
    // Built by hand rather than from es-ES: ICU's Spanish data leaves four-digit amounts ungrouped
    // (1234,56) and puts a no-break space before €, which text search in a PDF would not match.
    private static readonly NumberFormatInfo Numbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" };

    public static string Money(decimal amount) => amount.ToString("#,##0.00", Numbers) + " €";

    /// <summary>A rate or a discount: 21 %, 5,2 %, 1,75 % (no trailing zeros).</summary>
    public static string Percent(decimal rate) => rate.ToString("#,##0.##", Numbers) + " %";

    /// <summary>A quantity: 3, 1,5, 0,125.</summary>
    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.####", Numbers);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
