using Blueindic.Domain.Reminders;

namespace Blueindic.Api.Reminders;

/// <summary>The next automatic reminder of an invoice: what it will say and when it goes (already due: at the next scan).</summary>
public sealed record NextReminder(ReminderKind Kind, int Step, DateTimeOffset At);
