using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Blueindic.Readme.Tests;

/// <summary>
/// Runs the steps in one bash session, as a reader pasting them one after another would, from a
/// folder laid out like the repository's root (<c>.data/keys.env</c>, <c>samples/</c>). Only the
/// line <c>API=http://localhost:5080</c> is changed, to the test server's address. <c>set -u</c> and
/// <c>pipefail</c> make a variable used before it is set, or a failing command in a pipe, an error;
/// curl ends each answer with a line break.
/// </summary>
public static partial class WalkthroughRun
{
    public const string ApiLine = "API=http://localhost:5080";

    public sealed record Result(Step Step, int? ExitCode, string Output, string Errors, IReadOnlyList<int> Statuses);

    public static async Task<IReadOnlyList<Result>> RunAsync(IReadOnlyList<Step> steps, Uri api, string folder)
    {
        var outputs = Path.Combine(folder, ".walkthrough");
        if (Directory.Exists(outputs)) Directory.Delete(outputs, recursive: true);
        Directory.CreateDirectory(outputs);
        var script = new StringBuilder("""
            set -uo pipefail
            # Each answer ends its line (as the README shows it), and its status goes to stderr: the
            # walk-through must not fail where the README shows no problem.
            curl() { command curl -w '\n%{stderr}«%{http_code} %{method} %{url_effective}»\n' "$@"; }

            """);
        for (var i = 0; i < steps.Count; i++)
        {
            var commands = steps[i].Commands.Replace(ApiLine, $"API={api.ToString().TrimEnd('/')}");
            script.Append($"{{\n{commands}\n}} >'{outputs}/{i}.out' 2>'{outputs}/{i}.err'\necho $? >'{outputs}/{i}.rc'\n");
        }
        var path = Path.Combine(outputs, "walkthrough.sh");
        await File.WriteAllTextAsync(path, script.ToString());

        var bash = new ProcessStartInfo("bash", [path]) { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        bash.Environment.Clear();
        bash.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");
        bash.Environment["HOME"] = folder;
        bash.Environment["LANG"] = "C.UTF-8";
        using var process = Process.Start(bash)!;
        // A step that hangs (a loop waiting for something that never comes) ends the session: the
        // steps after it are reported as not run.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await Task.WhenAll(process.StandardError.ReadToEndAsync(timeout.Token), process.StandardOutput.ReadToEndAsync(timeout.Token),
                process.WaitForExitAsync(timeout.Token));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        return steps.Select((step, i) =>
        {
            string Read(string ext) => File.Exists(Path.Combine(outputs, $"{i}.{ext}")) ? File.ReadAllText(Path.Combine(outputs, $"{i}.{ext}")) : "";
            var rc = Read("rc").Trim() is { Length: > 0 } code ? int.Parse(code) : (int?)null;
            var errors = Read("err");
            var statuses = StatusMark().Matches(errors).Select(m => int.Parse(m.Groups[1].Value)).ToList();
            return new Result(step, rc, Read("out"), StatusMark().Replace(errors, "").Trim(), statuses);
        }).ToList();
    }

    /// <summary>What is wrong with a step's run, or null.</summary>
    public static string? Fault(Result r)
    {
        if (r.ExitCode is null) return $"did not finish: the session stopped in it or before it (an unset variable, a hang){Tail(r.Errors)}";
        if (r.ExitCode != 0) return $"exited with {r.ExitCode}{Tail(r.Errors)}";
        var shown = SampleOutput.ShownStatuses(r.Step.Sample);
        var refused = r.Statuses.Where(s => s is 0 or >= 500 || s >= 400 && !shown.Contains(s)).ToList();
        if (refused.Count > 0) return $"answered {string.Join(", ", refused)} where the README shows no such problem{Tail(r.Output)}";
        if (SampleOutput.FirstMismatch(r.Step.Sample, r.Output) is { } missing)
            return $"printed no line like the README's\n    {missing}\n  it printed:{Tail(r.Output)}";
        return null;
    }

    private static string Tail(string text) =>
        text.Length == 0 ? "" : "\n    " + (text.Length > 3000 ? text[..3000] + "…" : text).Replace("\n", "\n    ");

    [GeneratedRegex(@"«(\d{3}) [A-Z]+ [^»]*»\n?")]
    private static partial Regex StatusMark();
}
