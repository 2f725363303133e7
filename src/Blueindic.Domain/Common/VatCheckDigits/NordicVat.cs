using static Blueindic.Domain.Common.VatCheckDigits.CheckDigitMath;

namespace Blueindic.Domain.Common.VatCheckDigits;

/// <summary>Check digits of DK, FI and SE VAT numbers (python-stdnum dk/cvr, fi/alv, se/vat).</summary>
internal static class NordicVat
{
    /// <summary>CVR: 8 digits, no leading zero, weighted sum divisible by 11.</summary>
    public static bool Denmark(string n) => n[0] != '0' && WeightedSum(n, 2, 7, 6, 5, 4, 3, 2, 1) % 11 == 0;

    /// <summary>Y-tunnus: 8 digits, weighted sum divisible by 11.</summary>
    public static bool Finland(string n) => WeightedSum(n, 7, 9, 10, 5, 8, 4, 2, 1) % 11 == 0;

    /// <summary>The 10-digit organisation number (Luhn) followed by "01".</summary>
    public static bool Sweden(string n) => PassesLuhn(n[..10]);
}
