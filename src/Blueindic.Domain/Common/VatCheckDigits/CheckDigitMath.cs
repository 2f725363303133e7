namespace Blueindic.Domain.Common.VatCheckDigits;

/// <summary>
/// The arithmetic the member states' check digits are built from. Inputs are ASCII digit strings
/// (the format was checked before), so a character's value is simply <c>c - '0'</c>.
/// </summary>
internal static class CheckDigitMath
{
    public static int Digit(char c) => c - '0';

    public static char DigitChar(int value) => (char)('0' + value);

    /// <summary>Modulo that is never negative, as the published algorithms assume.</summary>
    public static int Mod(long value, int modulus) => (int)(((value % modulus) + modulus) % modulus);

    /// <summary>Σ weight·digit over the leading digits (as many as there are weights).</summary>
    public static int WeightedSum(string digits, params int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * Digit(digits[i]);
        return sum;
    }

    /// <summary>Luhn: from the right, every second digit doubled (its digits summed). 0 means valid.</summary>
    public static int LuhnRemainder(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = Digit(digits[^(i + 1)]);
            sum += i % 2 == 0 ? d : d * 2 / 10 + d * 2 % 10;
        }
        return sum % 10;
    }

    public static bool PassesLuhn(string digits) => LuhnRemainder(digits) == 0;

    /// <summary>ISO 7064 MOD 11,10 (the pure-system hybrid used by DE and HR): the last digit checks the rest.</summary>
    public static bool PassesIso7064Mod11_10(string digits)
    {
        var carry = 5;
        foreach (var c in digits) carry = ((carry == 0 ? 10 : carry) * 2 % 11 + Digit(c)) % 10;
        return carry == 1;
    }

    /// <summary>ISO 7064 MOD 97-10 over letters and digits (A = 10 … Z = 35): valid when the remainder is 1.</summary>
    public static bool PassesIso7064Mod97_10(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            var value = char.IsAsciiDigit(c) ? Digit(c) : c - 'A' + 10;
            remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
        }
        return remainder == 1;
    }

    /// <summary>Whether year/month/day make a real calendar date (birth dates embedded in personal numbers).</summary>
    public static bool IsRealDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
