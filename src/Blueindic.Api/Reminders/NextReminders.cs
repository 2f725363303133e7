using Blueindic.Api.Settings;
using Blueindic.Domain.Reminders;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Reminders;

internal static class NextReminders
{
    /// <summary>The invoice's next automatic reminder by the policy, the invoice and the client as they stand; null when none will go.</summary>
    public static async Task<NextReminder?> OfAsync(IQuerySession session, InvoiceView view, DateTimeOffset now, CancellationToken ct)
    {
        if (!ReminderSchedule.Chased(view.Balance)) return null;
        var policy = await ReminderSettings.PolicyAsync(session, ct);
        if (!policy.Enabled) return null;
        var client = await session.LoadAsync<ClientView>(view.ClientId, ct);
        if (client is null || !client.Details.Reminders || client.Details.Email is null) return null;
        return ReminderSchedule.Next(policy, view.IssueDate, view.DueDate, view.LastReminderStep, now) is { } next
            ? new NextReminder(next.Step.Kind, next.Step.DaysFromDue, next.At)
            : null;
    }
}
