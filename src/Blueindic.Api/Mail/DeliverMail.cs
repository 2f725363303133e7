using Blueindic.Domain.Invoices;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Blueindic.Api.Mail;

/// <summary>
/// A mail about an invoice, composed and committed with the event that records it (Wolverine's durable
/// outbox): it is delivered even if the server stops before the SMTP hand-off.
/// </summary>
public sealed record DeliverMail(Guid InvoiceId, string MessageId, byte[] Mime);

public static class OutgoingMail
{
    /// <summary>
    /// Queues <paramref name="mail"/> about an invoice of the session's business. Held by the bus until the
    /// session commits, and written in that transaction (the session is enlisted in the bus's outbox).
    /// </summary>
    public static ValueTask QueueMailAsync(this IMessageBus bus, IDocumentSession session, Guid invoiceId, MimeKit.MimeMessage mail) =>
        bus.PublishAsync(new DeliverMail(invoiceId, mail.MessageId!, MailComposer.Bytes(mail)), new DeliveryOptions { TenantId = session.TenantId });
}

public static class DeliverMailHandler
{
    public const string Queue = "mail";

    /// <remarks>
    /// A refusal the relay would repeat (5xx), the last retry failing, or any other error, is recorded on the invoice as
    /// <see cref="InvoiceSendFailed"/>, in the transaction that marks this message handled. A crash after the
    /// relay took the mail and before that mark sends it again, with the same Message-ID.
    /// </remarks>
    public static async Task Handle(DeliverMail mail, MailTransport transport, IDocumentSession session, Envelope envelope,
        IOptions<BlueindicOptions> options, TimeProvider clock, ILogger<DeliverMail> log, CancellationToken ct)
    {
        var message = MailComposer.Read(mail.Mime);
        try
        {
            await transport.SendAsync(message, ct);
            return;
        }
        catch (OperationCanceledException e) when (ct.IsCancellationRequested)
        {
            // Stopping, or past the handler's timeout: tried again later, here or on another node.
            throw new MailNotDeliveredYet(e);
        }
        catch (Exception e) when (MailTransport.IsTransient(e) && envelope.Attempts <= options.Value.Smtp.Retries.Length)
        {
            log.LogInformation(e, "Mail {MessageId} not delivered yet (attempt {Attempt})", mail.MessageId, envelope.Attempts);
            throw new MailNotDeliveredYet(e);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Mail {MessageId} about invoice {InvoiceId} not delivered after {Attempts} attempts", mail.MessageId, mail.InvoiceId, envelope.Attempts);
            session.LastModifiedBy = SystemUser.Mail;
            var to = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address).ToList();
            session.Events.Append(mail.InvoiceId, new InvoiceSendFailed(mail.InvoiceId, mail.MessageId, to, Reason(e), envelope.Attempts, clock.GetUtcNow()));
            await session.SaveChangesAsync(ct);
        }
    }

    private static string Reason(Exception e) => e switch
    {
        MailKit.Net.Smtp.SmtpCommandException c => $"The mail server refused it: {(int)c.StatusCode} {c.Message}",
        _ => $"The mail server could not be reached: {e.Message}",
    };
}

/// <summary>The relay failed for now: Wolverine schedules the next attempt (<see cref="SmtpOptions.RetryDelays"/>, set in Program).</summary>
public sealed class MailNotDeliveredYet(Exception inner) : Exception("The mail server did not take the mail; it is retried later.", inner);
