using Blueindic.Api.Settings;
using Blueindic.Api.Invoices;
using Blueindic.Api.Mail;
using Blueindic.Domain.Reminders;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Blueindic.Api.Reminders;

/// <summary>A step a scan found due on an invoice.</summary>
public sealed record DueReminder(Guid InvoiceId, int Step);

/// <summary>Send these reminders of one business (the message's tenant), in one transaction.</summary>
public sealed record SendReminders(IReadOnlyList<DueReminder> Due);

public static class SendRemindersHandler
{
    /// <summary>
    /// Two batches that met the same invoice: the later commit fails on its stream's version, and its retry,
    /// at once, finds the step sent and skips it. A batch failing for another reason is tried again later.
    /// </summary>
    public static void Configure(HandlerChain chain)
    {
        chain.ExecutionTimeoutInSeconds = 300;
        chain.OnException<JasperFx.ConcurrencyException>()
            .RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1));
        chain.OnAnyException().ScheduleRetry(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
    }

    /// <remarks>
    /// Decides each reminder again on the state at this moment: the policy (on, and the step still the
    /// latest due), the invoice (still something due, the step not sent) and the client (reminders on, an
    /// email). The invoices and clients are read in two queries, from their inline views; each
    /// <see cref="ReminderSent"/> is appended at the version its view was read at, so the commit fails if
    /// anything was written to that invoice meanwhile (another node's batch: the retry finds the step
    /// sent). The events, their mails and this message's "handled" mark are committed together: a crash
    /// before the commit leaves the batch to be done again, after it nothing is done twice.
    /// </remarks>
    public static async Task Handle(SendReminders batch, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        IOptions<BlueindicOptions> options, LatePaymentRates rates, ILogger<SendReminders> log, CancellationToken ct)
    {
        session.LastModifiedBy = SystemUser.Reminders;
        var policy = await ReminderSettings.PolicyAsync(session, ct);
        if (!policy.Enabled) return;
        var now = clock.GetUtcNow();
        var invoices = await session.LoadManyAsync<InvoiceView>(ct, batch.Due.Select(d => d.InvoiceId));
        var clients = (await session.LoadManyAsync<ClientView>(ct, invoices.Select(i => i.ClientId).Distinct()))
            .ToDictionary(c => c.Id);
        var steps = batch.Due.ToDictionary(d => d.InvoiceId, d => d.Step);
        var issuer = (await IssuingContext.IssuerAsync(session, ct)).Issuer;
        foreach (var view in invoices)
        {
            if (!ReminderSchedule.Chased(view.Balance)) continue;
            var step = ReminderSchedule.DueStep(policy, view.IssueDate, view.DueDate, view.LastReminderStep, now);
            if (step?.DaysFromDue != steps[view.Id]) continue;   // paid, sent, or the policy changed since the scan
            if (!clients.TryGetValue(view.ClientId, out var client) || !client.Details.Reminders || client.Details.Email is not { } email) continue;

            MimeKit.MimeMessage mail;
            try { mail = ReminderMails.Compose(options.Value.Smtp, issuer, client, view, step.Kind, [email], rates, now); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One invoice that cannot be written about must not hold up the batch's others.
                log.LogError(e, "Reminder for invoice {InvoiceId} not composed; skipped", view.Id);
                continue;
            }
            session.Events.Append(view.Id, view.Version + 1, new ReminderSent(view.Id, step.DaysFromDue, step.Kind, [email], mail.MessageId!, now));
            await bus.QueueMailAsync(session, view.Id, mail);
        }
        await session.SaveChangesAsync(ct);
    }
}
