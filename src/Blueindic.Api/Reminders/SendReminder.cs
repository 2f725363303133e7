using Blueindic.Api.Invoices;
using Blueindic.Api.Mail;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reminders;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Blueindic.Api.Reminders;

public static class SendReminderEndpoint
{
    /// <summary>Send a payment reminder now, by hand ("Enviar recordatorio"), whatever the policy says.</summary>
    /// <remarks>
    /// Recorded as <c>ReminderSent</c> with no step: the automatic steps still go on their days. 202 once the
    /// event and the mail are committed together; 409 when nothing is due on the invoice.
    /// </remarks>
    [WolverinePost("/api/invoices/{id}/reminders"), Tags("Invoices")]
    [ProducesResponseType<ReminderSendResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity, Problems.Json)]
    public static async Task<IResult> Post(Guid id, SendReminderInput? input, IDocumentSession session, IMessageBus bus, MailTransport transport,
        IOptions<BlueindicOptions> options, LatePaymentRates rates, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var invoice = await session.FetchForCommandAsync<Invoice>(id, "invoice", http.Request, ct);
        var now = clock.GetUtcNow();
        var kind = Decide(invoice.Aggregate!, input?.Kind, SpanishTime.Today(now));
        var client = await session.LoadAsync<ClientView>(invoice.Aggregate!.ClientId, ct)
                     ?? throw new InvalidOperationException($"Client {invoice.Aggregate.ClientId} has no view.");
        var (to, _) = InvoiceMailing.Recipients(input?.To, null, client.Details.Email);

        var issuer = (await IssuingContext.IssuerAsync(session, ct)).Issuer;
        var view = await session.LoadAsync<InvoiceView>(id, ct) ?? throw new InvalidOperationException($"Invoice {id} has no view.");
        var mail = ReminderMails.Compose(options.Value.Smtp, issuer, client, view, kind, to, rates, now);
        invoice.AppendOne(new ReminderSent(id, null, kind, to, mail.MessageId!, now));
        await bus.QueueMailAsync(session, id, mail);
        await session.SaveChangesAsync(ct);
        return Results.Json(new ReminderSendResponse(id, kind, mail.MessageId!, to, now, transport.Delivery), statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>The decision, pure: what the reminder says; refused when nothing is due.</summary>
    public static ReminderKind Decide(Invoice invoice, ReminderKind? asked, DateOnly today)
    {
        if (!ReminderSchedule.Chased(invoice.Balance))
            throw new DomainConflictException("Nothing is due on this invoice (paid, written off, cancelled or corrective): there is nothing to remind.");
        var overdue = today > invoice.DueDate;
        return asked switch
        {
            null => overdue ? ReminderKind.Overdue : ReminderKind.Upcoming,
            ReminderKind.Upcoming when overdue => throw new DomainValidationException("kind", "The invoice is already overdue: send an overdue reminder or a formal claim."),
            not ReminderKind.Upcoming when !overdue => throw new DomainValidationException("kind", "The invoice is not overdue yet: only an upcoming reminder fits."),
            _ => asked.Value,
        };
    }
}
