namespace Blueindic.Domain.Reminders;

/// <summary>One reminder of a policy: sent <see cref="DaysFromDue"/> days after the due date (negative: before).</summary>
public sealed record ReminderStep(int DaysFromDue, ReminderKind Kind);
