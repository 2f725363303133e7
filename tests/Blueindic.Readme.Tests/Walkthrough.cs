using System.Text.RegularExpressions;

namespace Blueindic.Readme.Tests;

/// <summary>
/// A step of the README: commands, then the sample answer shown under them as comment lines. A
/// sample line is <c># text</c> at the start of a line; <c>#  text</c> (more indented) carries it on.
/// </summary>
public sealed record Step(int Line, string Section, string Commands, IReadOnlyList<string> Sample);

/// <summary>
/// The README's <c>```bash</c> blocks, in order, cut into steps. A block preceded by an HTML
/// comment <c>&lt;!-- not run: why --&gt;</c> is left out (it starts the server, needs a relay…).
/// </summary>
public static partial class Walkthrough
{
    public static IReadOnlyList<Step> Steps(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var steps = new List<Step>();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ")) section = lines[i][3..];
            if (lines[i] != "```bash") continue;
            var skipped = PreviousNonBlank(lines, i) is { } before && NotRun().IsMatch(before);
            var start = i + 1;
            var end = Array.IndexOf(lines, "```", start);
            if (end < 0) throw new FormatException($"README line {i + 1}: a ```bash block is never closed.");
            if (!skipped) steps.AddRange(Cut(lines, start, end, section));
            i = end;
        }
        return steps;
    }

    private static IEnumerable<Step> Cut(string[] lines, int start, int end, string section)
    {
        var commands = new List<string>();
        var sample = new List<string>();
        var first = start;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.StartsWith("#  ") && sample.Count > 0) sample[^1] += " " + line.Trim('#', ' ');
            else if (line.StartsWith("# ")) sample.Add(line[2..]);
            else
            {
                if (sample.Count > 0) yield return Flush(i);
                commands.Add(line);
            }
        }
        if (commands.Count > 0 || sample.Count > 0) yield return Flush(end);

        Step Flush(int next)
        {
            var step = new Step(first + 1, section, string.Join('\n', commands), sample.ToList());
            commands.Clear();
            sample.Clear();
            first = next;
            return step;
        }
    }

    private static string? PreviousNonBlank(string[] lines, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (lines[j].Trim().Length > 0) return lines[j];
        return null;
    }

    [GeneratedRegex(@"^<!--\s*not run:.+-->$")]
    private static partial Regex NotRun();
}
