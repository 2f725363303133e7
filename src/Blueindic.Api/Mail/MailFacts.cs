using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Mail;

internal static class MailFacts
{
    /// <summary>What a mail quotes of <paramref name="view"/> at <paramref name="at"/>; paid to the IBAN the business has now, else the invoice's.</summary>
    public static InvoiceMailFacts Of(InvoiceView view, PartySnapshot issuer, DateTimeOffset at)
    {
        var today = SpanishTime.Today(at);
        var overdue = view.AmountDue > 0 && today > view.DueDate ? today.DayNumber - view.DueDate.DayNumber : 0;
        return new InvoiceMailFacts(issuer.Name, view.Number, view.Issued.Amounts.Total, view.AmountDue, view.DueDate, overdue,
            issuer.Iban ?? view.Issued.Issuer.Iban);
    }
}
