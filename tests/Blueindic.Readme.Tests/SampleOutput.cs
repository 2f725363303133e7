using System.Text.RegularExpressions;

namespace Blueindic.Readme.Tests;

/// <summary>
/// Whether what a step printed is what the README shows. Each sample line must match a whole line of
/// the output, in order (lines between them, such as other headers, may come in between); "…"
/// stands for anything the README cuts short, and whitespace is disregarded (the README breaks long
/// JSON over several lines, the API writes it on one).
/// </summary>
public static partial class SampleOutput
{
    /// <summary>The first sample line no output line matches, or null when all do.</summary>
    public static string? FirstMismatch(IReadOnlyList<string> sample, string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n').Select(Squeezed).ToArray();
        var next = 0;
        foreach (var expected in sample)
        {
            var pattern = Pattern(expected);
            while (next < lines.Length && !pattern.IsMatch(lines[next])) next++;
            if (next == lines.Length) return expected;
            next++;
        }
        return null;
    }

    /// <summary>The HTTP statuses the sample shows as answers (a problem's "status", or a status line).</summary>
    public static IReadOnlySet<int> ShownStatuses(IReadOnlyList<string> sample) =>
        sample.SelectMany(s => ShownStatus().Matches(Squeezed(s)))
            .Select(m => int.Parse(m.Groups["problem"].Success ? m.Groups["problem"].Value : m.Groups["line"].Value))
            .ToHashSet();

    private static Regex Pattern(string expected) =>
        new("^" + string.Join(".*", Squeezed(expected).Split('…').Select(Regex.Escape)) + "$",
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static string Squeezed(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"""status"":(?<problem>\d{3})|^HTTP/[\d.]+(?<line>\d{3})")]
    private static partial Regex ShownStatus();
}
