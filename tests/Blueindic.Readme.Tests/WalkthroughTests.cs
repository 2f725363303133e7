namespace Blueindic.Readme.Tests;

/// <summary>
/// The README's walk-through, run as written against a fresh API: every command must succeed (or
/// answer the problem the README shows) and print what the README shows under it. It runs today
/// by the real clock, and on days that catch date arithmetic: a year's first and last days and a
/// leap day.
/// </summary>
public sealed class WalkthroughTests
{
    public static TheoryData<string> Days => ["today", "new year's eve", "new year's day", "leap day"];

    /// <summary>The API's day: the real one, or the next such day (never a past one: certificates and timestamps are real).</summary>
    private static DateOnly? ApiDay(string day)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return day switch
        {
            "today" => null,
            "new year's eve" => new DateOnly(today.Year, 12, 31),
            "new year's day" => new DateOnly(today.Year + 1, 1, 1),
            _ => Enumerable.Range(today.Year, 5).Where(DateTime.IsLeapYear).Select(y => new DateOnly(y, 2, 29)).First(d => d > today),
        };
    }

    [Theory, MemberData(nameof(Days))]
    public async Task The_readme_runs_as_written(string day)
    {
        var steps = Walkthrough.Steps(await File.ReadAllTextAsync(Repository.File("README.md")));
        steps.Count(s => s.Commands.Contains(WalkthroughRun.ApiLine)).ShouldBe(1, "the walk-through sets API once");

        await using var api = new ReadmeApi(ApiDay(day));
        await api.StartAsync();
        // BLUEINDIC_README_KEEP=<folder> keeps each step's output there (.walkthrough/N.out), for whoever edits the README.
        var keep = Environment.GetEnvironmentVariable("BLUEINDIC_README_KEEP");
        var folder = keep is { Length: > 0 } ? Directory.CreateDirectory(Path.Combine(keep, day)).FullName
            : Directory.CreateTempSubdirectory("blueindic-readme-").FullName;
        try
        {
            Repository.CopyTo(folder, "samples");
            Directory.CreateDirectory(Path.Combine(folder, ".data"));
            await File.WriteAllTextAsync(Path.Combine(folder, ".data", "keys.env"),
                $"Blueindic__AdminKey={ReadmeApi.AdminKey}\nBlueindic__DemoApiKey={ReadmeApi.DemoKey}\n");

            var results = await WalkthroughRun.RunAsync(steps, api.Url, folder);

            // After a step that stopped the session, the ones that did not run are one line, not one fault each.
            var ran = results.TakeWhile(r => r.ExitCode is not null).Count();
            var faults = results.Take(ran + 1).Select(r => (r.Step, Fault: WalkthroughRun.Fault(r))).Where(f => f.Fault is not null)
                .Select(f => $"README line {f.Step.Line} ({f.Step.Section}):\n  {f.Step.Commands.Replace("\n", "\n  ")}\n  {f.Fault}")
                .Concat(ran + 1 < results.Count ? [$"…and the {results.Count - ran - 1} steps after it did not run."] : []).ToList();
            if (faults.Count > 0) Assert.Fail($"{faults.Count} of the README's {steps.Count} steps went wrong on {day}:\n\n{string.Join("\n\n", faults)}");
        }
        finally
        {
            if (keep is not { Length: > 0 }) Directory.Delete(folder, recursive: true);
        }
    }
}
