using Wolverine;
using Wolverine.ErrorHandling;

namespace Blueindic.Api.Mail;

/// <summary>Where mails wait and how they are retried: Wolverine's durable local queue over PostgreSQL.</summary>
public static class MailSetup
{
    public static void Configure(WolverineOptions opts, BlueindicOptions options)
    {
        // Durable: a mail committed with its event is in PostgreSQL until the relay takes it; a node
        // that dies leaves it for the others. As many at once as connections to the relay.
        opts.PublishMessage<DeliverMail>().ToLocalQueue(DeliverMailHandler.Queue)
            .UseDurableInbox().MaximumParallelMessages(Math.Max(1, options.Smtp.Connections));
        opts.Policies.OnException<MailNotDeliveredYet>().ScheduleRetry(options.Smtp.Retries);
    }
}
