using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Blueindic.Bench;

/// <summary>
/// `lag`: under the `issue` load, the time from a command's 201 to the moment each async read model
/// has processed its event. A sampler reads the daemon's progression every 10 ms; each invoice's
/// event sequence is looked up afterwards, and its lag is the first sample at or past it.
/// </summary>
internal static class LagScenario
{
    public static async Task RunAsync(HttpClient admin, Uri baseUrl, int requests, int callers)
    {
        var tenants = new List<BenchTenant>();
        for (var i = 0; i < callers; i++) tenants.Add(await Tenants.CreateAsync(admin, baseUrl, $"Bench lag {i:00}"));
        foreach (var t in tenants) await CommandScenarios.IssueOverHttp(t);

        await using var db = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")!);
        var samples = new ConcurrentQueue<(long At, Dictionary<string, long> Progress)>();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                // Stamped once read: the read models had got this far by then, not before.
                var progress = await Daemon.ProgressAsync(db);
                samples.Enqueue((Stopwatch.GetTimestamp(), progress));
                await Task.Delay(10);
            }
        });

        var answered = new ConcurrentBag<(Guid Invoice, long At)>();
        await Load.RunAsync(requests, callers, async (_, w) => answered.Add((await CommandScenarios.IssueOverHttp(tenants[w]), Stopwatch.GetTimestamp())));
        var sequences = await SequencesAsync(db, answered.Select(a => a.Invoice).ToArray());
        var last = sequences.Values.Max();
        var deadline = Stopwatch.StartNew();
        while ((await Daemon.ProgressAsync(db)).Values.Any(p => p < last) && deadline.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
        await Task.Delay(20);
        await stop.CancelAsync();
        await sampler;

        var ordered = samples.ToArray();
        Console.WriteLine($"\nlag: 201 to the async read models, {requests} invoices from {callers} businesses (target: p99 < 1 s)");
        Console.WriteLine($"{"read model",-40} {"n",6} {"median ms",10} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var name in ordered[^1].Progress.Keys.Order())
        {
            var lags = answered.Select(a =>
            {
                var seq = sequences[a.Invoice];
                var caughtUp = ordered.FirstOrDefault(s => s.Progress.GetValueOrDefault(name) >= seq);
                return caughtUp.Progress is null ? double.NaN : Math.Max(0, Stopwatch.GetElapsedTime(a.At, caughtUp.At).TotalMilliseconds);
            }).Order().ToArray();
            var missing = lags.Count(double.IsNaN);
            var seen = lags.Where(l => !double.IsNaN(l)).ToArray();
            if (seen.Length == 0)
            {
                Console.WriteLine($"{name,-40} did not catch up within 60 s");
                continue;
            }
            Console.WriteLine($"{name,-40} {seen.Length,6} {Load.Percentile(seen, 0.5),10:0} {Load.Percentile(seen, 0.95),8:0} {Load.Percentile(seen, 0.99),8:0} {seen[^1],8:0}"
                              + (missing > 0 ? $"  ({missing} not caught up within 60 s)" : ""));
        }
    }

    private static async Task<Dictionary<Guid, long>> SequencesAsync(NpgsqlDataSource db, Guid[] invoices)
    {
        await using var cmd = db.CreateCommand("select stream_id, seq_id from blueindic.mt_events where stream_id = any($1) and version = 1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = invoices });
        await using var reader = await cmd.ExecuteReaderAsync();
        var sequences = new Dictionary<Guid, long>();
        while (await reader.ReadAsync()) sequences[reader.GetGuid(0)] = reader.GetInt64(1);
        return sequences;
    }
}
