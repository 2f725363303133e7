using System.Globalization;
using System.Text.RegularExpressions;

namespace Blueindic.Api.Common.Sheets;

/// <summary>
/// A numeric cell as its number format shows it, for the formats that change what a client's
/// field means: zero-padded integers (<c>00000</c>, Excel's "Código postal" format) and fixed
/// decimals (<c>0</c>, <c>0.00</c>). Dates need nothing here: ExcelDataReader already returns a
/// date-formatted number as a <see cref="DateTime"/>. Every other format (General, <c>@</c>,
/// thousands separators, currencies, percentages…) is left to the plain reading, which writes the
/// number in full without locale marks: a separator or a currency sign would only make it unreadable.
/// </summary>
internal static partial class NumberFormats
{
    [GeneratedRegex(@"^(?<int>0+)(?:\.(?<dec>0+))?$")]
    private static partial Regex Zeros();

    /// <summary>The text the format shows for <paramref name="value"/>; null when the plain reading applies.</summary>
    public static string? Shown(double value, string? format)
    {
        if (string.IsNullOrEmpty(format) || value < 0 || double.IsNaN(value) || double.IsInfinity(value) || value >= 1e15) return null;
        // The first section formats positive numbers and zero.
        var section = format.Split(';')[0].Trim();
        if (Zeros().Match(section) is not { Success: true } match) return null;
        var decimals = match.Groups["dec"].Success ? match.Groups["dec"].Length : 0;
        var digits = match.Groups["int"].Length;
        var rounded = Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        var pattern = new string('0', digits) + (decimals > 0 ? "." + new string('0', decimals) : "");
        return rounded.ToString(pattern, CultureInfo.InvariantCulture);
    }
}
