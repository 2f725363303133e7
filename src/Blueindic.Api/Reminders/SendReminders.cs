using Blueindic.Api.Invoices;
using Blueindic.Api.Mail;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reminders;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Clients;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Blueindic.Api.Reminders;

/// <summary>A step a scan found due on an invoice.</summary>
public sealed record DueReminder(Guid InvoiceId, int Step);

/// <summary>Send these reminders of one business (the message's tenant), in one transaction.</summary>
public sealed record SendReminders(IReadOnlyList<DueReminder> Due);

public static class SendRemindersHandler
{
    /// <remarks>
    /// Decides each reminder again on the state at this moment: the policy (on, and the step still the
    /// latest due), the invoice (still something due, the step not sent: its stream's version is checked
    /// at commit, so two nodes cannot both record it) and the client (reminders on, an email). Each
    /// <see cref="ReminderSent"/> and its mail are committed with this message's "handled" mark: a crash
    /// before the commit leaves the whole batch to be done again, after it nothing is done twice.
    /// </remarks>
    public static async Task Handle(SendReminders batch, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        IOptions<BlueindicOptions> options, LatePaymentRates rates, CancellationToken ct)
    {
        session.LastModifiedBy = SystemUser.Reminders;
        var policy = await ReminderPolicies.OfAsync(session, ct);
        if (!policy.Enabled) return;
        var now = clock.GetUtcNow();
        var issuer = (await IssuingContext.IssuerAsync(session, ct)).Issuer;
        foreach (var due in batch.Due)
        {
            var invoice = await session.Events.FetchForWriting<Invoice>(due.InvoiceId, ct);
            if (invoice.Aggregate is not { } state || !ReminderSchedule.Chased(state.Balance)) continue;
            var step = ReminderSchedule.DueStep(policy, state.IssueDate, state.DueDate, state.LastReminderStep, now);
            if (step?.DaysFromDue != due.Step) continue;   // paid, sent, or the policy changed since the scan
            var client = await session.LoadAsync<ClientView>(state.ClientId, ct);
            if (client is null || !ReminderRecipients.Chased(client) || client.Details.Email is not { } email) continue;

            var mail = await ReminderMails.ComposeAsync(session, options.Value.Smtp, issuer, client, due.InvoiceId, step.Kind, [email], rates, now, ct);
            invoice.AppendOne(new ReminderSent(due.InvoiceId, step.DaysFromDue, step.Kind, [email], mail.MessageId!, now));
            await bus.PublishAsync(new DeliverMail(due.InvoiceId, mail.MessageId!, MailComposer.Bytes(mail)), new DeliveryOptions { TenantId = session.TenantId });
        }
        await session.SaveChangesAsync(ct);
    }
}
