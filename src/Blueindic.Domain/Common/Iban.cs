namespace Blueindic.Domain.Common;

/// <summary>
/// An International Bank Account Number (ISO 13616): two letters of country, two check digits, then
/// the country's account number (BBAN) of a fixed length. Checked by the length the IBAN registry
/// gives the country and by the mod-97 check digits (ISO 7064 MOD 97-10, 02 to 98), which catch every single
/// mistyped character and every swap of two neighbours. Of the account number (BBAN) only Spain's
/// shape is checked (20 digits): the one most IBANs here have. Stored compact and upper-case
/// (<c>ES9121000418450200051332</c>); spaces as printed ("ES91 2100 0418 …") are accepted.
/// </summary>
public static class Iban
{
    /// <summary>Total lengths per country, from the SWIFT IBAN registry.</summary>
    private static readonly IReadOnlyDictionary<string, int> Lengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22,
        ["BI"] = 27, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DJ"] = 27,
        ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FK"] = 18, ["FO"] = 18, ["FR"] = 27,
        ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22,
        ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32,
        ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19,
        ["MN"] = 20, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NI"] = 28, ["NL"] = 18, ["NO"] = 15, ["OM"] = 23, ["PK"] = 24,
        ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["RU"] = 33, ["SA"] = 24, ["SC"] = 31,
        ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["SO"] = 23, ["ST"] = 25, ["SV"] = 28, ["TL"] = 23,
        ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20, ["YE"] = 30,
    };

    /// <summary>The compact upper-case IBAN, or false with the reason it is not one.</summary>
    public static bool TryNormalise(string raw, out string iban, out string error)
    {
        iban = string.Concat(raw.Where(c => c is not (' ' or '\t' or '\u00A0'))).ToUpperInvariant();
        error = "";
        if (iban.Length < 5 || !iban.All(char.IsAsciiLetterOrDigit))
            error = "An IBAN is letters and digits: two letters of country, two check digits, then the account number.";
        else if (!char.IsAsciiLetter(iban[0]) || !char.IsAsciiLetter(iban[1]) || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
            error = "An IBAN starts with two letters of country and two check digits (ES91…).";
        else if (!Lengths.TryGetValue(iban[..2], out var length))
            error = $"{iban[..2]} has no IBAN.";
        else if (iban.Length != length)
            error = $"An IBAN of {iban[..2]} has {length} characters; this has {iban.Length}.";
        else if (iban[2..4] is "00" or "01" or "99")
            error = "An IBAN's check digits are 02 to 98 (ISO 13616): a character is mistyped.";
        else if (iban[..2] == "ES" && !iban[4..].All(char.IsAsciiDigit))
            error = "A Spanish account number (after ESnn) is 20 digits.";
        else if (Mod97(iban[4..] + iban[..4]) != 1)
            error = "The IBAN's check digits do not match: a character is mistyped.";
        return error.Length == 0;
    }

    /// <summary>The remainder by 97 of the digits read with A=10 … Z=35, folded so no big number is needed.</summary>
    private static int Mod97(string rearranged)
    {
        var remainder = 0;
        foreach (var c in rearranged)
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
