namespace Blueindic.Domain.Common;

/// <summary>The one rule for text people type: trimmed, bounded, and no control characters (PostgreSQL's jsonb refuses NUL).</summary>
public static class FreeText
{
    /// <returns>The trimmed text, or null when empty; adds an error for too long or control characters.</returns>
    public static string? Read(string? value, string field, int max, ValidationErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > max) errors.Add(field, $"At most {max} characters.");
        if (HasControl(trimmed)) errors.Add(field, "Control characters are not allowed.");
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
}
