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
    public static MimeMessage Compose(SmtpOptions smtp, PartySnapshot issuer, ClientView client, InvoiceView view, ReminderKind kind,
        IReadOnlyList<string> to, LatePaymentRates rates, DateTimeOffset now)
    {
        var claim = kind == ReminderKind.FormalClaim ? LateClaims.For(view, SpanishTime.Today(now), rates) : null;
        var language = client.Details.Language;
        var content = InvoiceMailTexts.Reminder(language, kind, MailFacts.Of(view, issuer, now), claim);
        return MailComposer.Compose(smtp, issuer.Name, issuer.Email, to, [], language, content, null, now);
    }
}
