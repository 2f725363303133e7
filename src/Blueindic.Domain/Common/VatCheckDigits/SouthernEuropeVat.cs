using static Blueindic.Domain.Common.VatCheckDigits.CheckDigitMath;

namespace Blueindic.Domain.Common.VatCheckDigits;

/// <summary>Check digits of IT, PT, MT, CY and EL VAT numbers (python-stdnum it/iva, pt/nif, mt/vat, cy/vat, gr/vat).</summary>
internal static class SouthernEuropeVat
{
    /// <summary>
    /// Partita IVA: 11 digits, a non-zero 7-digit company part, an office code (001–100, 120, 121,
    /// 888 or 999) and a Luhn check digit.
    /// </summary>
    public static bool Italy(string n)
    {
        if (int.Parse(n[..7]) == 0) return false;
        var office = int.Parse(n[7..10]);
        return (office is >= 1 and <= 100 or 120 or 121 or 888 or 999) && PassesLuhn(n);
    }

    /// <summary>NIF: 9 digits, no leading zero, check = (11 − Σ weights 9..2) mod 11, 10 written as 0.</summary>
    public static bool Portugal(string n) =>
        n[0] != '0' && Digit(n[8]) == Mod(11 - WeightedSum(n, 9, 8, 7, 6, 5, 4, 3, 2), 11) % 10;

    /// <summary>8 digits, no leading zero, weighted sum divisible by 37.</summary>
    public static bool Malta(string n) => n[0] != '0' && WeightedSum(n, 3, 4, 6, 7, 8, 9, 10, 1) % 37 == 0;

    // The value each digit in an odd (1st, 3rd, …) position counts for in the Cypriot check letter.
    private static readonly int[] CypriotOddPositionValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];

    /// <summary>8 digits (not starting with 12) and a check letter.</summary>
    public static bool Cyprus(string n)
    {
        if (n.StartsWith("12", StringComparison.Ordinal)) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += i % 2 == 0 ? CypriotOddPositionValues[Digit(n[i])] : Digit(n[i]);
        return n[8] == (char)('A' + sum % 26);
    }

    /// <summary>AFM: 9 digits; the first 8 read as a binary-weighted sum, doubled, mod 11, 10 written as 0.</summary>
    public static bool Greece(string n)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++) sum = sum * 2 + Digit(n[i]);
        return Digit(n[8]) == sum * 2 % 11 % 10;
    }
}
