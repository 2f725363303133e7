using System.Globalization;

namespace Blueindic.Api.Facturae;

/// <summary>Numbers and texts as the Facturae 3.2.2 types take them (invariant culture, a point for decimals).</summary>
internal static class FacturaeText
{
    /// <summary>Money, rates and totals: exactly two decimals (fits both DoubleTwoDecimalType and DoubleUpToEightDecimalType).</summary>
    public static string Two(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Unit prices and discount rates: at least two decimals, up to the eight DoubleUpToEightDecimalType allows.</summary>
    public static string UpToEight(decimal value) => decimal.Round(value, 8, MidpointRounding.AwayFromZero).ToString("0.00######", CultureInfo.InvariantCulture);

    /// <summary>A quantity (xs:double): as typed, no needless zeros.</summary>
    public static string Quantity(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Cuts a text to a TextMaxNType's length (the schema refuses longer; the invoice itself keeps the whole text).</summary>
    public static string Max(string? text, int length) => text is null ? "" : text.Length <= length ? text : text[..length];
}
