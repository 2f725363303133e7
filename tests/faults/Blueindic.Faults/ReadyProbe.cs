using System.Collections.Concurrent;
using System.Diagnostics;

namespace Blueindic.Faults;

/// <summary>A balancer's view: /health/ready asked every 100 ms, each answer stamped.</summary>
internal sealed class ReadyProbe(ApiNode node)
{
    private readonly ConcurrentQueue<(long At, int Status)> _samples = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public IReadOnlyCollection<(long At, int Status)> Samples => _samples;

    public void Start() => _loop = Task.Run(async () =>
    {
        using var every = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do _samples.Enqueue((Stopwatch.GetTimestamp(), await node.ReadyStatusAsync()));
            while (await every.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    });

    /// <summary>Probes answered 503 after <paramref name="since"/>.</summary>
    public int NotReadySince(long since) => _samples.Count(s => s.At > since && s.Status == 503);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }
}
