using Blueindic.Faults;

// dotnet Blueindic.Faults.dll <repo root> <Api.dll> <PostgreSQL data dir> <port> <log dir> [imports | reminders]
// Driven by tests/faults/run.sh, which provisions the throwaway cluster these drills kill.
// "imports" runs the import drill alone (it kills nothing: to measure another build of the API);
// "reminders" the reminders drill alone.
if (args.Length is not (5 or 6) || args.Length == 6 && args[5] is not ("imports" or "reminders"))
{
    Console.Error.WriteLine("usage: Blueindic.Faults <repo root> <Api.dll> <pg data dir> <pg port> <log dir> [imports | reminders] (use ./build.sh faults)");
    return 2;
}

var drill = new Drill(args[0], args[1], args[2], int.Parse(args[3]), args[4]);
var report = new Report();
var nodes = new List<ApiNode>();
if (args.Length == 6 && args[5] == "reminders") return await RemindersAsync();
try
{
    // First, on a node of its own: its memory figures are the imports' alone.
    await ImportDrill.RunAsync(drill, report);
    if (args.Length == 6) return Finish();

    var a = await ApiNode.StartAsync(drill, "node-a");
    nodes.Add(a);
    await EdgeProbeDrill.RunAsync(report, a);
    var business = await Business.RegisterAsync(a, drill.AdminKey, "Fault drills");
    await OutageDrill.RunAsync(drill, report, a, business);

    var b = await ApiNode.StartAsync(drill, "node-b");
    nodes.Add(b);
    var survivor = await TwoNodesDrill.RunAsync(drill, report, a, b, business);

    var restarted = await ApiNode.StartAsync(drill, survivor == a ? "node-b2" : "node-a2");
    nodes.Add(restarted);
    var afterRestart = await IdempotencyDrill.RunAsync(drill, report, survivor, restarted, business);
    nodes.Add(afterRestart);

    await ShutdownDrill.RunAsync(drill, report, survivor, afterRestart, business);
    await SingleNodeDrill.RunAsync(drill, report, afterRestart, business);
}
catch (Exception e)
{
    report.Expect(false, $"the drills ran to the end: {e.GetType().Name}: {e.Message}");
}
finally
{
    // Stopped rather than killed where still running: a killed node would linger in Wolverine's node
    // table (holding its agents) for a minute, into the reminders drill.
    foreach (var node in nodes)
    {
        await node.StopAsync(TimeSpan.FromSeconds(30));
        await node.DisposeAsync();
    }
}
// Last, once the other drills' nodes are gone: its scheduled scans run on whichever node polls for
// them, and every node must then mail through its SMTP server. Its own business and nodes.
await RemindersAsync();
// When a projection stopped after the database restart and was handed back (StoppedShardRelease).
var handedBack = Directory.GetFiles(args[4], "*.log").Sum(f => File.ReadLines(f).Count(l => l.Contains("handing it back to the election")));
Console.WriteLine($"\nprojections stopped and handed back to the election (StoppedShardRelease): {handedBack}");
return Finish();

async Task<int> RemindersAsync()
{
    try
    {
        await RemindersDrill.RunAsync(drill, report);
    }
    catch (Exception e)
    {
        report.Expect(false, $"the reminders drill ran to the end: {e.GetType().Name}: {e.Message}");
    }
    return args.Length == 6 ? Finish() : 0;
}

int Finish()
{
    report.Summary();
    Console.WriteLine($"node logs: {args[4]}");
    return report.Failed ? 1 : 0;
}
