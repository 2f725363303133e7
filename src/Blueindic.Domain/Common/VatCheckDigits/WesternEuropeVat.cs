using static Blueindic.Domain.Common.VatCheckDigits.CheckDigitMath;

namespace Blueindic.Domain.Common.VatCheckDigits;

/// <summary>
/// Check digits of AT, BE, DE, FR, IE, LU and NL VAT numbers (the algorithms python-stdnum
/// implements in at/uid, be/vat, de/vat, fr/tva, ie/vat, lu/tva, nl/btw). Each takes the number
/// without its country prefix, already in the right format.
/// </summary>
internal static class WesternEuropeVat
{
    /// <summary>U + 8 digits; the last is a Luhn variant over the 7 before it.</summary>
    public static bool Austria(string n) => Digit(n[8]) == Mod(6 - LuhnRemainder(n[1..8]), 10);

    /// <summary>10 digits: the first 8 plus the last 2 are a multiple of 97.</summary>
    public static bool Belgium(string n) =>
        long.Parse(n) > 0 && (long.Parse(n[..8]) + int.Parse(n[8..])) % 97 == 0;

    /// <summary>9 digits, no leading zero, ISO 7064 MOD 11,10.</summary>
    public static bool Germany(string n) => n[0] != '0' && PassesIso7064Mod11_10(n);

    private const string FrenchKeyAlphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>
    /// A two-character key and the 9-digit SIREN (Luhn, except Monaco's "000…" numbers). The key
    /// is either two digits (SIREN·100 + 12 mod 97) or, in the newer style, contains a letter
    /// and encodes a mod-11 check of the SIREN.
    /// </summary>
    public static bool France(string n)
    {
        var siren = n[2..];
        if (!siren.StartsWith("000", StringComparison.Ordinal) && !PassesLuhn(siren)) return false;
        if (char.IsAsciiDigit(n[0]) && char.IsAsciiDigit(n[1]))
            return int.Parse(n[..2]) == (long.Parse(siren) * 100 + 12) % 97;
        var first = FrenchKeyAlphabet.IndexOf(n[0]);
        var second = FrenchKeyAlphabet.IndexOf(n[1]);
        var key = char.IsAsciiDigit(n[0]) ? first * 24 + second - 10 : first * 34 + second - 100;
        return (long.Parse(siren) + 1 + key / 11) % 11 == key % 11;
    }

    private const string IrishLetters = "WABCDEFGHIJKLMNOPQRSTUV";

    /// <summary>
    /// New style: 7 digits, a check letter, optionally a second letter that takes part in the
    /// check. Old style: digit, letter (or + *), 5 digits, check letter; the check is computed
    /// as if it were the new-style number 0 + the 5 digits + the first digit.
    /// </summary>
    public static bool Ireland(string n)
    {
        var oldStyle = !char.IsAsciiDigit(n[1]);
        var digits = oldStyle ? "0" + n[2..7] + n[0] : n[..7];
        var sum = 0;
        for (var i = 0; i < 7; i++) sum += (8 - i) * Digit(digits[i]);
        if (!oldStyle && n.Length == 9) sum += 9 * IrishLetters.IndexOf(n[8]);
        return n[7] == IrishLetters[sum % 23];
    }

    /// <summary>8 digits: the last two are the first six mod 89.</summary>
    public static bool Luxembourg(string n) => int.Parse(n[..6]) % 89 == int.Parse(n[6..]);

    /// <summary>
    /// 9 digits + B + 2 digits. Companies' numbers pass the BSN-style 11-test; since 2020 sole
    /// traders get numbers that instead pass ISO 7064 MOD 97-10 over the whole "NL…" string.
    /// </summary>
    public static bool Netherlands(string n)
    {
        if (long.Parse(n[..9]) == 0 || int.Parse(n[10..]) == 0) return false;
        var elevenTest = Mod(WeightedSum(n, 9, 8, 7, 6, 5, 4, 3, 2) - Digit(n[8]), 11) == 0;
        return elevenTest || PassesIso7064Mod97_10("NL" + n);
    }
}
