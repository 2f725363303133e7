namespace Blueindic.Domain.Reminders;

/// <summary>What a reminder says; the API writes it camelCase (upcoming, overdue, formalClaim).</summary>
public enum ReminderKind
{
    /// <summary>A friendly note that the invoice falls due on its date (on or before the due date).</summary>
    Upcoming,

    /// <summary>The amount still due and the days overdue (after the due date).</summary>
    Overdue,

    /// <summary>The requerimiento de pago: amount due, Ley 3/2004 interest to date and the 40 € compensation (after the due date).</summary>
    FormalClaim,
}
