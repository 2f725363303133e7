namespace Blueindic.Domain.Common;

/// <summary>
/// Formula-injection guard for cells we write: text a spreadsheet could run as a formula gets a
/// leading apostrophe (OWASP's advice), which <see cref="Restore"/> takes off again on import so an
/// exported sheet re-imports unchanged.
/// </summary>
public static class SpreadsheetText
{
    private static bool Dangerous(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string? Neutralise(string? text) =>
        !string.IsNullOrEmpty(text) && Dangerous(text[0]) ? "'" + text : text;

    public static string? Restore(string? text) =>
        text is { Length: > 1 } && text[0] == '\'' && Dangerous(text[1]) ? text[1..] : text;
}
