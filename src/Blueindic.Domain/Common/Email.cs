using System.Text.RegularExpressions;

namespace Blueindic.Domain.Common;

/// <summary>
/// An e-mail address as mail systems deliver it: a dot-atom local part (RFC 5322's atext, letters of
/// any script as RFC 6531 allows) and a host name of dotted labels (letters, digits, inner hyphens)
/// ending in a top-level domain of two or more characters. Quoted local parts, comments and address
/// literals are refused: no real client needs them, and they are how text like
/// <c>javascript:alert(3)//@x.com</c> passes for an address. Stored trimmed, domain lower-cased.
/// </summary>
public static partial class Email
{
    public const int MaxLength = 254;
    private const int MaxLocalPartLength = 64;

    public static bool TryNormalise(string raw, out string email)
    {
        email = raw.Trim();
        if (email.Length > MaxLength || !Shape().IsMatch(email)) return false;
        var at = email.LastIndexOf('@');
        if (at > MaxLocalPartLength) return false;
        email = email[..at] + email[at..].ToLowerInvariant();
        return true;
    }

    // Local part: atoms of atext joined by single dots. Domain: labels of at most 63 characters, no
    // leading or trailing hyphen; the last one starts with a letter (xn--p1ai is one).
    private const string Atext = @"[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private const string Label = @"[\p{L}\p{M}\p{N}]([\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?";

    private const string TopLevel = @"\p{L}([\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])";

    [GeneratedRegex(@"\A" + Atext + @"(\." + Atext + ")*@(" + Label + @"\.)+" + TopLevel + @"\z")]
    private static partial Regex Shape();
}
