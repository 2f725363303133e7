using System.Text.RegularExpressions;

namespace Blueindic.Domain.Common;

/// <summary>
/// Format rules of VAT numbers of the other EU member states (as VIES publishes them). Only the
/// format can be checked here: whether a number exists needs VIES, which this service cannot reach.
/// </summary>
public static class EuVatNumber
{
    private static readonly Dictionary<string, Regex> Formats = new()
    {
        ["AT"] = Rx("U[0-9]{8}"),
        ["BE"] = Rx("[01][0-9]{9}"),
        ["BG"] = Rx("[0-9]{9,10}"),
        ["CY"] = Rx("[0-9]{8}[A-Z]"),
        ["CZ"] = Rx("[0-9]{8,10}"),
        ["DE"] = Rx("[0-9]{9}"),
        ["DK"] = Rx("[0-9]{8}"),
        ["EE"] = Rx("[0-9]{9}"),
        ["EL"] = Rx("[0-9]{9}"),
        ["FI"] = Rx("[0-9]{8}"),
        ["FR"] = Rx("[0-9A-HJ-NP-Z]{2}[0-9]{9}"),
        ["HR"] = Rx("[0-9]{11}"),
        ["HU"] = Rx("[0-9]{8}"),
        ["IE"] = Rx("[0-9]{7}[A-W][A-IW]?|[0-9][A-Z+*][0-9]{5}[A-W]"),
        ["IT"] = Rx("[0-9]{11}"),
        ["LT"] = Rx("[0-9]{9}|[0-9]{12}"),
        ["LU"] = Rx("[0-9]{8}"),
        ["LV"] = Rx("[0-9]{11}"),
        ["MT"] = Rx("[0-9]{8}"),
        ["NL"] = Rx("[0-9]{9}B[0-9]{2}"),
        ["PL"] = Rx("[0-9]{10}"),
        ["PT"] = Rx("[0-9]{9}"),
        ["RO"] = Rx("[1-9][0-9]{1,9}"),
        ["SE"] = Rx("[0-9]{10}01"),
        ["SI"] = Rx("[0-9]{8}"),
        ["SK"] = Rx("[0-9]{10}"),
        ["XI"] = Rx("[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3}"),
    };

    public static IReadOnlyCollection<string> Prefixes => Formats.Keys;

    /// <param name="value">A normalised value: upper case, no separators.</param>
    public static bool TryValidate(string value, out string error)
    {
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
        if (!Formats.TryGetValue(prefix, out var format))
        {
            error = $"'{prefix}' is not an EU VAT prefix; expected a Spanish NIF or an EU VAT number.";
            return false;
        }
        if (format.IsMatch(value[2..])) return true;
        error = $"Not a valid {prefix} VAT number format.";
        return false;
    }

    private static Regex Rx(string body) => new($"^(?:{body})$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
