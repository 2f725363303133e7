using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Blueindic.Api.Tests.Platform;

/// <summary>
/// The API's command line, run as a process the way an operator runs it: its output is the command's
/// own, with no framework chatter ("Searching '…' for commands") and no unrendered console markup.
/// </summary>
public sealed partial class CommandLineOutputTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_nothing_else()
    {
        var (exit, output) = await RunAsync("help");
        exit.ShouldBe(0, output);
        output.ShouldContain("rebuild-projections");
        output.ShouldNotContain("Searching '");
        output.ShouldNotContain("Cannot override");
        Markup().IsMatch(output).ShouldBeFalse(output);
    }

    [GeneratedRegex(@"\[/?(yellow|purple|gr[ae]y|red|green|blue|bold)[^\]]*\]|\[/\]")]
    private static partial Regex Markup();

    /// <summary>The API project's own build (this test's configuration), from its folder, so it reads its appsettings.</summary>
    private static async Task<(int Exit, string Output)> RunAsync(string arguments)
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = bin.Parent!.Name;   // …/bin/<configuration>/net10.0/
        var root = bin;
        while (!File.Exists(Path.Combine(root.FullName, "Blueindic.sln"))) root = root.Parent!;
        var project = Path.Combine(root.FullName, "src", "Blueindic.Api");
        var start = new ProcessStartInfo("dotnet", $"{Path.Combine(project, "bin", configuration, "net10.0", "Blueindic.Api.dll")} {arguments}")
        {
            WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Blueindic__AdminKey"] = "cli-test" },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }
}
