namespace Blueindic.Domain.Common;

/// <summary>
/// The one rule for text people type: trimmed, bounded, no control characters (PostgreSQL's jsonb
/// refuses NUL) and nothing an XML document cannot carry: the spreadsheets, Facturae and VERI*FACTU
/// files this text ends up in are XML, where U+FFFE, U+FFFF and lone surrogates are not characters.
/// </summary>
public static class FreeText
{
    /// <returns>The trimmed text, or null when empty; adds an error for too long or forbidden characters.</returns>
    public static string? Read(string? value, string field, int max, ValidationErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > max) errors.Add(field, $"At most {max} characters.");
        if (HasControl(trimmed)) errors.Add(field, "Control characters are not allowed.");
        else if (FirstNonXmlCharacter(trimmed) is { } bad) errors.Add(field, $"{bad} is not a character text may hold.");
        return trimmed;
    }

    /// <summary>Like <see cref="Read"/> for a required text.</summary>
    public static string? Required(string? value, string field, int max, ValidationErrors errors)
    {
        var text = Read(value, field, max, errors);
        if (text is null) errors.Add(field, $"Required: 1 to {max} characters.");
        return text;
    }

    public static bool HasControl(string text) => text.Any(char.IsControl);

    /// <summary>The first code unit outside XML 1.0's characters, as "U+FFFE", or null when there is none.</summary>
    public static string? FirstNonXmlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') return $"U+{(int)c:X4}";
        }
        return null;
    }
}
