using Blueindic.Api.Mail;
using Blueindic.Api.Reports;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reminders;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using MimeKit;

namespace Blueindic.Api.Reminders;

/// <summary>A reminder's mail, as the invoice stands now: what is due, days late, and for a formal claim the interest to date.</summary>
internal static class ReminderMails
{
    public static async Task<MimeMessage> ComposeAsync(IQuerySession session, SmtpOptions smtp, PartySnapshot issuer, ClientView client,
        Guid invoiceId, ReminderKind kind, IReadOnlyList<string> to, LatePaymentRates rates, DateTimeOffset now, CancellationToken ct)
    {
        var view = await session.LoadAsync<InvoiceView>(invoiceId, ct) ?? throw new InvalidOperationException($"Invoice {invoiceId} has no view.");
        var claim = kind == ReminderKind.FormalClaim ? LateClaims.For(view, SpanishTime.Today(now), rates) : null;
        var language = MailLanguage.Of(client);
        var content = InvoiceMailTexts.Reminder(language, kind, MailFacts.Of(view, issuer, now), claim);
        return MailComposer.Compose(smtp, issuer.Name, issuer.Email, to, [], language, content, null, now);
    }
}
