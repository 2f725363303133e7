using Blueindic.Domain.Reminders;

namespace Blueindic.Api.Reminders;

/// <summary>A reminder committed for sending.</summary>
/// <param name="Delivery"><c>smtp</c>, or <c>pickupDirectory</c> when no relay is configured and the mail reaches no one.</param>
public sealed record ReminderSendResponse(Guid InvoiceId, ReminderKind Kind, string MessageId, IReadOnlyList<string> To, DateTimeOffset At, string Delivery);
