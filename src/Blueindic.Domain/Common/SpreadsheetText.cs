namespace Blueindic.Domain.Common;

/// <summary>
/// Formula-injection guard for the CSV cells we write: text a spreadsheet could run as a formula gets
/// a leading apostrophe (OWASP's advice), which <see cref="Restore"/> takes off again on import so an
/// exported sheet re-imports unchanged. Text that merely starts with such an apostrophe is guarded
/// too, so every text survives the round trip. An .xlsx text cell is never run as a formula, so
/// <see cref="ForXlsx"/> writes text as it is.
/// </summary>
public static class SpreadsheetText
{
    private static bool Dangerous(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool NeedsGuard(ReadOnlySpan<char> text) =>
        text.Length > 0 && (Dangerous(text[0]) || (text[0] == '\'' && NeedsGuard(text[1..])));

    public static string? Neutralise(string? text) => text is not null && NeedsGuard(text) ? "'" + text : text;

    /// <summary>
    /// Text as an .xlsx text cell holds it: unchanged, except text that itself starts with an
    /// apostrophe before a formula character, which gets one more so that <see cref="Restore"/>
    /// (applied to every import, whatever the format) gives it back whole.
    /// </summary>
    public static string? ForXlsx(string? text) => text is not null && text.StartsWith('\'') && NeedsGuard(text) ? "'" + text : text;

    public static string? Restore(string? text) =>
        text is { Length: > 1 } && text[0] == '\'' && NeedsGuard(text.AsSpan(1)) ? text[1..] : text;

    /// <summary>A cell as an error report may quote it: no control characters, at most <paramref name="max"/> characters.</summary>
    public static string? Quote(string? text, int max = 200)
    {
        if (text is null) return null;
        var clean = new string(text.Where(c => !char.IsControl(c)).Take(max + 1).ToArray());
        return clean.Length > max ? clean[..max] + "…" : clean;
    }
}
