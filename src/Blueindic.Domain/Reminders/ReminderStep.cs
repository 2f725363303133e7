namespace Blueindic.Domain.Reminders;

/// <summary>One step of a reminder policy: sent <paramref name="DaysFromDue"/> days after the due date (before, when negative).</summary>
public sealed record ReminderStep(int DaysFromDue, ReminderKind Kind);
