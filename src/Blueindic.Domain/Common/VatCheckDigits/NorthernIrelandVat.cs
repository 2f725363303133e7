using static Blueindic.Domain.Common.VatCheckDigits.CheckDigitMath;

namespace Blueindic.Domain.Common.VatCheckDigits;

/// <summary>
/// XI (Northern Ireland, in VIES since Brexit) uses UK VAT numbers (python-stdnum gb/vat).
/// </summary>
internal static class NorthernIrelandVat
{
    /// <summary>
    /// 9 digits (12 for a branch: the last 3 are not checked): weighted sum mod 97 is 0, or — for
    /// numbers from 100 onwards, issued after 2010 — 42 or 55. GDnnn (government departments,
    /// below 500) and HAnnn (health authorities, 500 and above) have no check digits.
    /// </summary>
    public static bool NorthernIreland(string n)
    {
        if (n.StartsWith("GD", StringComparison.Ordinal)) return int.Parse(n[2..]) < 500;
        if (n.StartsWith("HA", StringComparison.Ordinal)) return int.Parse(n[2..]) >= 500;
        var remainder = WeightedSum(n, 8, 7, 6, 5, 4, 3, 2, 10, 1) % 97;
        return remainder == 0 || (int.Parse(n[..3]) >= 100 && remainder is 42 or 55);
    }
}
