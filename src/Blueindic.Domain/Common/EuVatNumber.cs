using System.Text.RegularExpressions;
using Blueindic.Domain.Common.VatCheckDigits;

namespace Blueindic.Domain.Common;

/// <summary>
/// VAT numbers of the other EU member states (and XI, Northern Ireland): the format VIES publishes,
/// then the member state's own check digits (the algorithms python-stdnum implements). Whether a
/// number is actually registered needs VIES, which this service cannot reach; a mistyped one is
/// caught here.
/// </summary>
public static class EuVatNumber
{
    private sealed record Rule(Regex Format, Func<string, bool> CheckDigits);

    private static readonly Dictionary<string, Rule> Rules = new()
    {
        ["AT"] = new(Rx("U[0-9]{8}"), WesternEuropeVat.Austria),
        ["BE"] = new(Rx("[01][0-9]{9}"), WesternEuropeVat.Belgium),
        ["BG"] = new(Rx("[0-9]{9,10}"), SouthEastEuropeVat.Bulgaria),
        ["CY"] = new(Rx("[0-9]{8}[A-Z]"), SouthernEuropeVat.Cyprus),
        ["CZ"] = new(Rx("[0-9]{8,10}"), CentralEuropeVat.Czechia),
        ["DE"] = new(Rx("[0-9]{9}"), WesternEuropeVat.Germany),
        ["DK"] = new(Rx("[0-9]{8}"), NordicVat.Denmark),
        ["EE"] = new(Rx("[0-9]{9}"), BalticVat.Estonia),
        ["EL"] = new(Rx("[0-9]{9}"), SouthernEuropeVat.Greece),
        ["FI"] = new(Rx("[0-9]{8}"), NordicVat.Finland),
        ["FR"] = new(Rx("[0-9A-HJ-NP-Z]{2}[0-9]{9}"), WesternEuropeVat.France),
        ["HR"] = new(Rx("[0-9]{11}"), CentralEuropeVat.Croatia),
        ["HU"] = new(Rx("[0-9]{8}"), CentralEuropeVat.Hungary),
        ["IE"] = new(Rx("[0-9]{7}[A-W][A-IW]?|[0-9][A-Z+*][0-9]{5}[A-W]"), WesternEuropeVat.Ireland),
        ["IT"] = new(Rx("[0-9]{11}"), SouthernEuropeVat.Italy),
        ["LT"] = new(Rx("[0-9]{9}|[0-9]{12}"), BalticVat.Lithuania),
        ["LU"] = new(Rx("[0-9]{8}"), WesternEuropeVat.Luxembourg),
        ["LV"] = new(Rx("[0-9]{11}"), BalticVat.Latvia),
        ["MT"] = new(Rx("[0-9]{8}"), SouthernEuropeVat.Malta),
        ["NL"] = new(Rx("[0-9]{9}B[0-9]{2}"), WesternEuropeVat.Netherlands),
        ["PL"] = new(Rx("[0-9]{10}"), CentralEuropeVat.Poland),
        ["PT"] = new(Rx("[0-9]{9}"), SouthernEuropeVat.Portugal),
        ["RO"] = new(Rx("[1-9][0-9]{1,9}|[1-9][0-9]{12}"), SouthEastEuropeVat.Romania),
        ["SE"] = new(Rx("[0-9]{10}01"), NordicVat.Sweden),
        ["SI"] = new(Rx("[0-9]{8}"), CentralEuropeVat.Slovenia),
        ["SK"] = new(Rx("[0-9]{10}"), CentralEuropeVat.Slovakia),
        ["XI"] = new(Rx("[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3}"), NorthernIrelandVat.NorthernIreland),
    };

    public static IReadOnlyCollection<string> Prefixes => Rules.Keys;

    /// <param name="value">A normalised value: upper case, no separators.</param>
    /// <param name="canonical">
    /// The number as stored: the same, except that a Belgian, Greek or Dutch number written without
    /// its leading zeros gets them back (as python-stdnum compacts it), so one business has one id.
    /// </param>
    public static bool TryValidate(string value, out string canonical, out string error)
    {
        canonical = value;
        error = "";
        if (value.Length < 4 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]))
        {
            error = "Not a valid tax id: expected a Spanish NIF/NIE/CIF or an EU VAT number with its country prefix.";
            return false;
        }
        var prefix = value[..2];
        if (prefix == "GR")
        {
            error = "Greek VAT numbers use the prefix EL, not GR.";
            return false;
        }
        if (!Rules.TryGetValue(prefix, out var rule))
        {
            error = $"'{prefix}' is not an EU VAT prefix; expected a Spanish NIF or an EU VAT number.";
            return false;
        }
        var number = WithLeadingZeros(prefix, value[2..]);
        if (!rule.Format.IsMatch(number))
        {
            error = $"Not a valid {prefix} VAT number format.";
            return false;
        }
        if (!rule.CheckDigits(number))
        {
            error = $"Not a valid {prefix} VAT number: its check digits do not match (probably a mistyped character).";
            return false;
        }
        canonical = prefix + number;
        return true;
    }

    // Numbers written without the leading zeros their full form has: Belgium's 9-digit and
    // Greece's 8-digit numbers from before the extra digit, Dutch numbers with the zeros dropped.
    private static string WithLeadingZeros(string prefix, string number) => prefix switch
    {
        "BE" when number.Length == 9 && number.All(char.IsAsciiDigit) => "0" + number,
        "EL" when number.Length == 8 && number.All(char.IsAsciiDigit) => "0" + number,
        "NL" when number.Length is >= 4 and < 12 && number[^3] == 'B' && number.Remove(number.Length - 3, 1).All(char.IsAsciiDigit)
            => number.PadLeft(12, '0'),
        _ => number,
    };

    private static Regex Rx(string body) => new($"^(?:{body})$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
