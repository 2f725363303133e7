namespace Blueindic.Api.Reminders;

/// <summary>
/// The one chain of scheduled <see cref="ScanReminders"/> ticks, shared by every node: only the message
/// carrying the current <see cref="Tick"/> scans and schedules the next, so however many nodes arm the
/// clock (each does when it finds it missing or stopped) one chain runs. Its period is the one it was
/// armed with, whatever another node's setting. Under the default tenant.
/// </summary>
public sealed class ReminderClock
{
    public const string Key = "reminder-clock";

    public string Id { get; set; } = Key;
    public Guid Tick { get; set; }
    public DateTimeOffset NextAt { get; set; }
    public int EverySeconds { get; set; }

    public TimeSpan Every => TimeSpan.FromSeconds(Math.Max(1, EverySeconds));

    /// <summary>A new chain, or a stopped one taken over: its first tick now.</summary>
    public void Arm(DateTimeOffset now, TimeSpan every)
    {
        EverySeconds = (int)every.TotalSeconds;
        Tick = Guid.CreateVersion7();
        NextAt = now;
    }

    /// <summary>The next tick: a new name, one period from <paramref name="now"/>.</summary>
    public void Advance(DateTimeOffset now)
    {
        Tick = Guid.CreateVersion7();
        NextAt = now + Every;
    }

    /// <summary>
    /// Whether the chain has stopped: its next tick is long overdue (its message dead-lettered, a database
    /// restored). A tick being retried after a failure is late by minutes at most.
    /// </summary>
    public bool Stopped(DateTimeOffset now) => NextAt + Every * 3 + TimeSpan.FromMinutes(5) < now;
}
