using System.Diagnostics;

namespace Blueindic.Faults;

internal static class Clock
{
    public static long Now => Stopwatch.GetTimestamp();

    public static double Seconds(long from, long to) => (to - from) / (double)Stopwatch.Frequency;

    /// <summary>Waits for <paramref name="condition"/>, checking every 100 ms; null when it never came true within the bound.</summary>
    public static async Task<double?> UntilAsync(Func<Task<bool>> condition, TimeSpan bound)
    {
        var start = Now;
        while (Seconds(start, Now) < bound.TotalSeconds)
        {
            if (await condition()) return Seconds(start, Now);
            await Task.Delay(100);
        }
        return null;
    }
}
