namespace Blueindic.Domain.Reminders;

/// <summary>
/// A payment reminder was committed for sending, on the invoice's stream. <paramref name="Step"/> is the
/// policy step (its days from the due date), or null for one sent by hand; at most one per step, ever.
/// </summary>
public sealed record ReminderSent(Guid InvoiceId, int? Step, ReminderKind Kind, IReadOnlyList<string> To, string MessageId, DateTimeOffset At);
