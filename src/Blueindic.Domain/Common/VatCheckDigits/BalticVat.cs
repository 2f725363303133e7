using static Blueindic.Domain.Common.VatCheckDigits.CheckDigitMath;

namespace Blueindic.Domain.Common.VatCheckDigits;

/// <summary>Check digits of EE, LT and LV VAT numbers (python-stdnum ee/kmkr, lt/pvm, lv/pvn).</summary>
internal static class BalticVat
{
    /// <summary>KMKR: 9 digits, weights 3 7 1 repeated, sum divisible by 10.</summary>
    public static bool Estonia(string n) => WeightedSum(n, 3, 7, 1, 3, 7, 1, 3, 7, 1) % 10 == 0;

    /// <summary>
    /// PVM: 9 digits for legal entities (8th digit 1) or 12 for natural persons and temporary
    /// payers (11th digit 1). Weights 1..9 cycling; if that gives 10, a second pass shifted by 2.
    /// </summary>
    public static bool Lithuania(string n)
    {
        if (n[^2] != '1') return false;
        var body = n[..^1];
        var check = 0;
        for (var i = 0; i < body.Length; i++) check += (1 + i % 9) * Digit(body[i]);
        check %= 11;
        if (check == 10)
        {
            check = 0;
            for (var i = 0; i < body.Length; i++) check += (1 + (i + 2) % 9) * Digit(body[i]);
        }
        return Digit(n[^1]) == check % 11 % 10;
    }

    /// <summary>
    /// PVN: 11 digits. A first digit above 3 is a legal entity (weighted sum ≡ 3 mod 11); otherwise
    /// a personal code, with a birth date (DDMMYY + century digit) unless it starts with 32.
    /// </summary>
    public static bool Latvia(string n)
    {
        if (n[0] > '3') return WeightedSum(n, 9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1) % 11 == 3;
        if (!n.StartsWith("32", StringComparison.Ordinal))
        {
            var year = 1800 + 100 * Digit(n[6]) + int.Parse(n[4..6]);
            if (!IsRealDate(year, int.Parse(n[2..4]), int.Parse(n[..2]))) return false;
        }
        var check = (1 + WeightedSum(n, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9)) % 11 % 10;
        return Digit(n[10]) == check;
    }
}
