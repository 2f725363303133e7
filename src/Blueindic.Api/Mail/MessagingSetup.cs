using Wolverine;
using Wolverine.ErrorHandling;

namespace Blueindic.Api.Mail;

/// <summary>Where mails, reminder work and VERI*FACTU submissions wait, and how they are retried: Wolverine's durable local queues over PostgreSQL.</summary>
public static class MessagingSetup
{
    public static void Configure(WolverineOptions opts, BlueindicOptions options)
    {
        // Durable: a mail committed with its event is in PostgreSQL until the relay takes it; a node
        // that dies leaves it for the others. As many at once as connections to the relay.
        opts.PublishMessage<DeliverMail>().ToLocalQueue(DeliverMailHandler.Queue)
            .UseDurableInbox().MaximumParallelMessages(Math.Max(1, options.Smtp.Connections));
        opts.Policies.OnException<MailNotDeliveredYet>().ScheduleRetry(options.Smtp.Retries);

        // The scan and the batches it finds are durable too: a node that dies mid-batch leaves it to another.
        opts.LocalQueue(ReminderQueue).UseDurableInbox().MaximumParallelMessages(2);
        opts.PublishMessage<Reminders.ScanReminders>().ToLocalQueue(ReminderQueue);
        opts.PublishMessage<Reminders.SendReminders>().ToLocalQueue(ReminderQueue);

        // VERI*FACTU submissions: asked for with the records that cause them, and kept until sent.
        opts.PublishMessage<Verifactu.SubmitVerifactuRecords>().ToLocalQueue(Verifactu.SubmitVerifactuRecords.Queue)
            .UseDurableInbox().MaximumParallelMessages(2);
        opts.Policies.OnException<Verifactu.AeatUnreachable>().Or<Verifactu.AeatRefused>()
            .ScheduleRetryIndefinitely(options.Verifactu.RetryDelays is { Length: > 0 } delays ? delays : [TimeSpan.FromMinutes(1)]);
    }

    public const string ReminderQueue = "reminders";
}
