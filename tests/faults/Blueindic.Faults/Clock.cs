using System.Diagnostics;

namespace Blueindic.Faults;

/// <summary>
/// Time as the drills see it, and their one way of waiting: for a condition, checked on a timer,
/// within a bound. Nothing waits a fixed time for something to have happened.
/// </summary>
internal static class Clock
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static long Now => Stopwatch.GetTimestamp();

    public static double Seconds(long from, long to) => (to - from) / (double)Stopwatch.Frequency;

    /// <summary>Seconds until <paramref name="condition"/> held, checked every 100 ms; null when it did not within the bound.</summary>
    public static async Task<double?> UntilAsync(Func<Task<bool>> condition, TimeSpan bound)
    {
        var start = Now;
        using var poll = new PeriodicTimer(Poll);
        do
        {
            if (await condition()) return Seconds(start, Now);
        }
        while (Seconds(start, Now) < bound.TotalSeconds && await poll.WaitForNextTickAsync());
        return null;
    }

    public static Task<double?> UntilAsync(Func<bool> condition, TimeSpan bound) => UntilAsync(() => Task.FromResult(condition()), bound);

    /// <summary>As <see cref="UntilAsync(Func{bool}, TimeSpan)"/>, for a step the drill cannot go on without: a timeout ends the run.</summary>
    public static async Task MustAsync(Func<bool> condition, TimeSpan bound, string what)
    {
        if (await UntilAsync(condition, bound) is null) throw new TimeoutException($"{what}: not within {bound.TotalSeconds:0} s");
    }
}
