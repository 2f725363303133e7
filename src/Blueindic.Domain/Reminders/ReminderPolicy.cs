namespace Blueindic.Domain.Reminders;

/// <summary>
/// How a business chases its invoices by email: whether at all, at what hour (Spain time), and on which
/// days around the due date. Always valid: built by <see cref="ReminderPolicyInput"/> or from its event.
/// </summary>
/// <param name="Steps">Sorted by <see cref="ReminderStep.DaysFromDue"/>, each day once.</param>
public sealed record ReminderPolicy(bool Enabled, TimeOnly SendAt, IReadOnlyList<ReminderStep> Steps)
{
    public const int MaxSteps = 10;
    public const int MinDaysFromDue = -60;
    public const int MaxDaysFromDue = 365;

    /// <summary>What a business has until it changes it: on, at 09:00, three days before, then 1, 15 and 30 days after.</summary>
    public static ReminderPolicy Default { get; } = new(true, new TimeOnly(9, 0),
    [
        new(-3, ReminderKind.Upcoming), new(1, ReminderKind.Overdue), new(15, ReminderKind.Overdue), new(30, ReminderKind.FormalClaim),
    ]);

    /// <summary>Whether a step of this kind may fall on that day: upcoming on or before the due date, the others after it.</summary>
    public static bool Fits(ReminderKind kind, int daysFromDue) =>
        kind == ReminderKind.Upcoming ? daysFromDue <= 0 : daysFromDue >= 1;

    // Records compare lists by reference; two policies are the same when their steps are.
    public bool Equals(ReminderPolicy? other) =>
        other is not null && Enabled == other.Enabled && SendAt == other.SendAt && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => HashCode.Combine(Enabled, SendAt, Steps.Count);
}
