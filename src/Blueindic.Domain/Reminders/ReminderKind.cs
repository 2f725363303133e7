namespace Blueindic.Domain.Reminders;

/// <summary>What a reminder says: a note before the due date, a late notice, or the formal claim.</summary>
public enum ReminderKind { Upcoming, Overdue, FormalClaim }
