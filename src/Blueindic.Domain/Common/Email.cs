using System.Text.RegularExpressions;

namespace Blueindic.Domain.Common;

/// <summary>An e-mail address: one @, a dotted domain, no spaces; stored trimmed, domain lower-cased.</summary>
public static partial class Email
{
    public const int MaxLength = 254;

    public static bool TryNormalise(string raw, out string email)
    {
        email = raw.Trim();
        if (email.Length > MaxLength || !Shape().IsMatch(email)) return false;
        var at = email.LastIndexOf('@');
        email = email[..at] + email[at..].ToLowerInvariant();
        return true;
    }

    [GeneratedRegex(@"^[^@\s\p{C}]+@[^@\s\p{C}.]+(\.[^@\s\p{C}.]+)+$")] private static partial Regex Shape();
}
