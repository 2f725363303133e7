using System.Diagnostics;

namespace Blueindic.Faults;

/// <summary>
/// The reports the nodes built through crashes and takeovers, against one node's rebuild of every
/// projection from the event store (`projections rebuild`, one process, no faults).
/// </summary>
internal static class SingleNodeDrill
{
    private static readonly string[] Reports =
    [
        $"/api/reports/sales/monthly?year={DateTime.UtcNow.Year}",
        $"/api/reports/clients/revenue?year={DateTime.UtcNow.Year}",
        $"/api/reports/morosity?year={DateTime.UtcNow.Year}",
        "/api/receivables/aging",
    ];

    public static async Task RunAsync(Drill drill, Report report, ApiNode last, Business business)
    {
        Report.Section("Reports after the faults against a single node's rebuild");
        var before = new List<string>();
        foreach (var url in Reports) before.Add(await business.GetAsync(last, url));
        last.Terminate();
        await last.WaitForExitAsync(TimeSpan.FromSeconds(30));

        var clock = Stopwatch.StartNew();
        var (code, output) = await RebuildAsync(drill);
        report.Expect(code == 0, $"`projections rebuild` from the event store exited {code} in {clock.Elapsed.TotalSeconds:0.0} s");
        if (code != 0) Report.Saw(output);

        await using var single = await ApiNode.StartAsync(drill, "node-single");
        for (var i = 0; i < Reports.Length; i++)
        {
            var after = await business.GetAsync(single, Reports[i]);
            report.Expect(after == before[i], $"{Reports[i]} is the same ({before[i].Length} bytes)");
        }
        await ReadModels.CheckAsync(drill, report, single, business);
        await ReportSums.CheckAsync(drill, report, single, business);
    }

    private static async Task<(int, string)> RebuildAsync(Drill drill)
    {
        var info = new ProcessStartInfo("dotnet", [drill.ApiDll, "projections", "rebuild", "--contentRoot", Path.GetDirectoryName(drill.ApiDll)!])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__Postgres"] = drill.ConnectionString;
        info.Environment["Blueindic__AdminKey"] = drill.AdminKey;
        info.Environment["Blueindic__ChainCheckMinutes"] = "0";
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + await error);
    }
}
