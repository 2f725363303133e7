using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;

namespace Blueindic.Domain.Reminders;

/// <summary>
/// When an invoice's reminders fall due, pure: each step at the policy's hour (Spain time) on the due
/// date plus its days. Only the latest step already due is ever sent, and only when it comes after the
/// last one sent: after downtime, or for an invoice issued late, earlier steps are skipped, not burst.
/// </summary>
public static class ReminderSchedule
{
    public static DateTimeOffset DueAt(ReminderPolicy policy, ReminderStep step, DateOnly dueDate) =>
        SpanishTime.At(dueDate.AddDays(step.DaysFromDue), policy.SendAt);

    /// <summary>The step to send at <paramref name="now"/>, or null when none is due or it was already sent.</summary>
    /// <param name="lastStep">The latest step already sent (its days from the due date), if any.</param>
    public static ReminderStep? DueStep(ReminderPolicy policy, DateOnly issueDate, DateOnly dueDate, int? lastStep, DateTimeOffset now)
    {
        var due = policy.Steps.Where(s => DueAt(policy, s, dueDate) <= now).MaxBy(s => s.DaysFromDue);
        return due is not null && due.DaysFromDue > (lastStep ?? int.MinValue) && Worth(due, issueDate, dueDate) ? due : null;
    }

    /// <summary>The next step to be sent after <paramref name="now"/>: the one due now if any, else the first still to come.</summary>
    public static (ReminderStep Step, DateTimeOffset At)? Next(ReminderPolicy policy, DateOnly issueDate, DateOnly dueDate, int? lastStep, DateTimeOffset now)
    {
        if (DueStep(policy, issueDate, dueDate, lastStep, now) is { } due) return (due, DueAt(policy, due, dueDate));
        var next = policy.Steps
            .Where(s => s.DaysFromDue > (lastStep ?? int.MinValue) && DueAt(policy, s, dueDate) > now && Worth(s, issueDate, dueDate))
            .MinBy(s => s.DaysFromDue);
        return next is null ? null : (next, DueAt(policy, next, dueDate));
    }

    /// <summary>Whether an invoice in this state is chased at all: something due, nothing written off.</summary>
    public static bool Chased(InvoiceBalance balance) => balance.Due > 0 && balance.WrittenOff == 0;

    // A "falls due soon" note dated before the invoice itself would reach a client who just got it.
    private static bool Worth(ReminderStep step, DateOnly issueDate, DateOnly dueDate) =>
        step.Kind != ReminderKind.Upcoming || dueDate.AddDays(step.DaysFromDue) >= issueDate;
}
