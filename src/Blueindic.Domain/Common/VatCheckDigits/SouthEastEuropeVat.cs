using static Blueindic.Domain.Common.VatCheckDigits.CheckDigitMath;

namespace Blueindic.Domain.Common.VatCheckDigits;

/// <summary>Check digits of BG and RO VAT numbers (python-stdnum bg/vat, bg/egn, bg/pnf, ro/cf, ro/cui, ro/cnp).</summary>
internal static class SouthEastEuropeVat
{
    /// <summary>
    /// 9 digits: a legal entity (weights 1..8, a second pass with 3..10 if that gives 10).
    /// 10 digits: a person's EGN, a foreigner's PNF, or another 10-digit number (weights 4 3 2 7 6 5 4 3 2).
    /// </summary>
    public static bool Bulgaria(string n)
    {
        if (n.Length == 9)
        {
            var check = WeightedSum(n, 1, 2, 3, 4, 5, 6, 7, 8) % 11;
            if (check == 10) check = WeightedSum(n, 3, 4, 5, 6, 7, 8, 9, 10) % 11;
            return Digit(n[8]) == check % 10;
        }
        var last = Digit(n[9]);
        return (IsBulgarianEgn(n) && last == WeightedSum(n, 2, 4, 8, 5, 10, 9, 7, 3, 6) % 11 % 10)
            || last == WeightedSum(n, 21, 19, 17, 13, 11, 9, 7, 3, 1) % 10
            || last == Mod(11 - WeightedSum(n, 4, 3, 2, 7, 6, 5, 4, 3, 2), 11);
    }

    /// <summary>The EGN's birth date: YYMMDD, month +20 for 1800s, +40 for 2000s.</summary>
    private static bool IsBulgarianEgn(string n)
    {
        var year = 1900 + int.Parse(n[..2]);
        var month = int.Parse(n[2..4]);
        if (month > 40) (year, month) = (year + 100, month - 40);
        else if (month > 20) (year, month) = (year - 100, month - 20);
        return IsRealDate(year, month, int.Parse(n[4..6]));
    }

    /// <summary>
    /// CUI/CIF: 2–10 digits, no leading zero, check = 10·Σ(weights 7 5 3 2 1 7 5 3 2 over the
    /// zero-padded body) mod 11 mod 10. Some persons are registered with their 13-digit CNP.
    /// </summary>
    public static bool Romania(string n)
    {
        if (n.Length == 13) return IsRomanianCnp(n);
        var body = n[..^1].PadLeft(9, '0');
        return Digit(n[^1]) == 10 * WeightedSum(body, 7, 5, 3, 2, 1, 7, 5, 3, 2) % 11 % 10;
    }

    /// <summary>CNP: sex/century digit, YYMMDD, county code, serial, check digit (10 written as 1).</summary>
    private static bool IsRomanianCnp(string n)
    {
        if (n[0] == '0') return false;
        var century = n[0] switch { '1' or '2' => 1900, '3' or '4' => 1800, '5' or '6' => 2000, _ => 1900 };
        if (!IsRealDate(century + int.Parse(n[1..3]), int.Parse(n[3..5]), int.Parse(n[5..7]))) return false;
        var county = int.Parse(n[7..9]);
        if (county is not ((>= 1 and <= 48) or 51 or 52 or 70 or (>= 80 and <= 83))) return false;
        var check = WeightedSum(n, 2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9) % 11;
        return Digit(n[12]) == (check == 10 ? 1 : check);
    }
}
