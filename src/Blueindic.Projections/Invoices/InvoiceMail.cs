using Blueindic.Domain.Reminders;

namespace Blueindic.Projections.Invoices;

/// <summary>The invoice sent by email; <paramref name="FailedBecause"/> once its delivery was given up.</summary>
public sealed record InvoiceSending(IReadOnlyList<string> To, IReadOnlyList<string> Cc, string MessageId, DateTimeOffset At, string? FailedBecause);

/// <summary>A payment reminder sent for the invoice (<paramref name="Step"/> null: sent by hand).</summary>
public sealed record InvoiceReminder(int? Step, ReminderKind Kind, IReadOnlyList<string> To, string MessageId, DateTimeOffset At, string? FailedBecause);
