using Blueindic.Domain.Reminders;

namespace Blueindic.Api.Reminders;

/// <param name="Kind">What it says; by default <c>overdue</c> once the due date has passed, <c>upcoming</c> before.</param>
/// <param name="To">Recipients (at most 10); the client's email when left out.</param>
public sealed record SendReminderInput(ReminderKind? Kind, IReadOnlyList<string>? To);
