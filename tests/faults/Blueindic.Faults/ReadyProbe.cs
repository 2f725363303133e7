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
        while (!_stop.IsCancellationRequested)
        {
            var status = await node.ReadyStatusAsync();
            _samples.Enqueue((Stopwatch.GetTimestamp(), status));
            await Task.Delay(100);
        }
    });

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }
}
