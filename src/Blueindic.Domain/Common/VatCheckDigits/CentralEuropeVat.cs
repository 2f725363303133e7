using static Blueindic.Domain.Common.VatCheckDigits.CheckDigitMath;

namespace Blueindic.Domain.Common.VatCheckDigits;

/// <summary>
/// Check digits of CZ, SK, PL, HU, SI and HR VAT numbers (python-stdnum cz/dic, cz/rc, sk/dph,
/// pl/nip, hu/anum, si/ddv, hr/oib).
/// </summary>
internal static class CentralEuropeVat
{
    /// <summary>
    /// DIČ: 8 digits for legal entities (not starting with 9); 9 digits starting with 6 for special
    /// cases; otherwise an individual's 9- or 10-digit birth number (rodné číslo).
    /// </summary>
    public static bool Czechia(string n)
    {
        if (n.Length == 8)
        {
            if (n[0] == '9') return false;
            var check = Mod(11 - WeightedSum(n, 8, 7, 6, 5, 4, 3, 2), 11);
            return Digit(n[7]) == (check == 0 ? 1 : check) % 10;
        }
        if (n.Length == 9 && n[0] == '6')
        {
            var sum = WeightedSum(n[1..], 8, 7, 6, 5, 4, 3, 2) % 11;
            return Digit(n[8]) == Mod(8 - (10 - sum) % 11, 10);
        }
        return IsBirthNumber(n);
    }

    /// <summary>
    /// IČ DPH: 10 digits, either a birth number or a company number divisible by 11 whose third
    /// digit is 2, 3, 4, 7, 8 or 9.
    /// </summary>
    public static bool Slovakia(string n) =>
        IsBirthNumber(n) || (n[0] != '0' && "234789".Contains(n[2]) && long.Parse(n) % 11 == 0);

    /// <summary>
    /// Czech/Slovak rodné číslo: YYMMDD (women +50 on the month, +20 when a day's serials ran out)
    /// and a serial; 9 digits (no check digit) until 1953, 10 digits (divisible by 11, with 10 written
    /// as 0) after.
    /// </summary>
    private static bool IsBirthNumber(string n)
    {
        var year = 1900 + int.Parse(n[..2]);
        var month = int.Parse(n[2..4]) % 50 % 20;
        var day = int.Parse(n[4..6]);
        if (n.Length == 9)
        {
            if (year >= 1980) year -= 100;
            if (year > 1953) return false;
        }
        else if (year < 1954) year += 100;
        if (!IsRealDate(year, month, day)) return false;
        return n.Length == 9 || Digit(n[9]) == long.Parse(n[..9]) % 11 % 10;
    }

    /// <summary>NIP: 10 digits, weights 6 5 7 2 3 4 5 6 7 and the check digit subtracted, divisible by 11.</summary>
    public static bool Poland(string n) => Mod(WeightedSum(n, 6, 5, 7, 2, 3, 4, 5, 6, 7, -1), 11) == 0;

    /// <summary>ANUM: 8 digits, weights 9 7 3 1 repeated, sum divisible by 10.</summary>
    public static bool Hungary(string n) => WeightedSum(n, 9, 7, 3, 1, 9, 7, 3, 1) % 10 == 0;

    /// <summary>DDV: 8 digits, no leading zero; check is 11 − (Σ weights 8..2 mod 11), 10 written as 0, 11 impossible.</summary>
    public static bool Slovenia(string n)
    {
        if (n[0] == '0') return false;
        var check = 11 - WeightedSum(n, 8, 7, 6, 5, 4, 3, 2) % 11;
        return check != 11 && Digit(n[7]) == check % 10;
    }

    /// <summary>OIB: 11 digits, ISO 7064 MOD 11,10.</summary>
    public static bool Croatia(string n) => PassesIso7064Mod11_10(n);
}
