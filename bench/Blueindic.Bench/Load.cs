using System.Diagnostics;

namespace Blueindic.Bench;

/// <summary>Throughput and latency of one measured series.</summary>
internal sealed record Result(int Count, double Throughput, double Median, double P95, double P99);

internal static class Load
{
    /// <summary>
    /// Runs <paramref name="count"/> calls over <paramref name="workers"/> concurrent loops, worker w
    /// making calls w, w + workers, w + 2·workers…; each call gets its index and its worker's number
    /// (so a worker keeps to one tenant and knows how many calls it makes).
    /// </summary>
    public static async Task<Result> RunAsync(int count, int workers, Func<int, int, Task> call) =>
        (await RunWithLatenciesAsync(count, workers, call)).Result;

    private static async Task<(Result Result, double[] Latencies)> RunWithLatenciesAsync(int count, int workers, Func<int, int, Task> call)
    {
        var latencies = new double[count];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; i < count; i += workers)
            {
                var started = Stopwatch.GetTimestamp();
                await call(i, worker);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return (new Result(count, count / elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99)), latencies);
    }

    /// <summary>
    /// Alternates baseline and measured series for <paramref name="rounds"/> rounds, so a noisy
    /// moment on a shared machine hits both; each series reports its median round's throughput and
    /// the latencies of all its rounds.
    /// </summary>
    public static async Task<(Result Baseline, Result Measured)> CompareAsync(int rounds, int count, int workers,
        Func<int, int, Task> baseline, Func<int, int, Task> measured)
    {
        var b = new List<(Result, double[])>();
        var m = new List<(Result, double[])>();
        for (var round = 0; round < rounds; round++)
        {
            b.Add(await RunWithLatenciesAsync(count, workers, baseline));
            m.Add(await RunWithLatenciesAsync(count, workers, measured));
        }
        return (Merge(b), Merge(m));
    }

    private static Result Merge(List<(Result Result, double[] Latencies)> rounds)
    {
        var all = rounds.SelectMany(r => r.Latencies).Order().ToArray();
        var throughput = rounds.Select(r => r.Result.Throughput).Order().ElementAt(rounds.Count / 2);
        return new Result(all.Length, throughput, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99));
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public static void PrintHeader(string title) =>
        Console.WriteLine($"\n{title}\n{"series",-52} {"n",6} {"req/s",8} {"median ms",10} {"p95 ms",8} {"p99 ms",8} {"× baseline",11}");

    public static void Print(string name, Result r, Result? baseline) =>
        Console.WriteLine($"{name,-52} {r.Count,6} {r.Throughput,8:0} {r.Median,10:0.0} {r.P95,8:0.0} {r.P99,8:0.0} {(baseline is null ? "baseline" : $"{r.Throughput / baseline.Throughput:0.00}"),11}");
}
