namespace Blueindic.Domain.Reminders;

/// <summary>When a business's open invoices are chased: each step at <paramref name="SendAt"/> (Spain time) on its day.</summary>
public sealed record ReminderPolicy(bool Enabled, TimeOnly SendAt, IReadOnlyList<ReminderStep> Steps)
{
    public const int EarliestDaysFromDue = -60;

    public static readonly ReminderPolicy Default = new(true, new TimeOnly(9, 0),
    [
        new(-3, ReminderKind.Upcoming), new(1, ReminderKind.Overdue), new(15, ReminderKind.Overdue), new(30, ReminderKind.FormalClaim),
    ]);
}
