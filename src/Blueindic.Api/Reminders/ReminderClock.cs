namespace Blueindic.Api.Reminders;

/// <summary>
/// The one chain of scheduled <see cref="ScanReminders"/> ticks, shared by every node: only the message
/// carrying the current <see cref="Tick"/> scans and schedules the next, so however many nodes start
/// (each arms the clock when it finds it missing or stopped) one chain runs. Under the default tenant.
/// </summary>
public sealed class ReminderClock
{
    public const string Key = "reminder-clock";

    public string Id { get; set; } = Key;
    public Guid Tick { get; set; }
    public DateTimeOffset NextAt { get; set; }

    /// <summary>The next tick: a new name, <paramref name="every"/> from <paramref name="now"/>.</summary>
    public void Advance(DateTimeOffset now, TimeSpan every)
    {
        Tick = Guid.CreateVersion7();
        NextAt = now + every;
    }

    /// <summary>Whether the chain has stopped: its next tick is long overdue (a lost message, a database restored).</summary>
    public bool Stopped(DateTimeOffset now, TimeSpan every) => NextAt + every * 3 + TimeSpan.FromMinutes(1) < now;
}
