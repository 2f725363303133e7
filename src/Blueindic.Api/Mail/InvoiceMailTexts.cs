using System.Globalization;
using Blueindic.Api.Invoices.Pdf;
using Blueindic.Domain.Reminders;
using Blueindic.Domain.Reports;

namespace Blueindic.Api.Mail;

/// <summary>The facts a mail about an invoice quotes, as of the moment it is composed.</summary>
public sealed record InvoiceMailFacts(string Business, string Number, decimal Total, decimal AmountDue, DateOnly DueDate, int DaysOverdue, string? Iban);

/// <summary>
/// The words of the mails about an invoice, in Spanish or in English (the client's language). Amounts
/// and dates are written the way each reader expects them: 1.234,56 € and 15/07/2026, or €1,234.56 and 15 July 2026.
/// </summary>
public static class InvoiceMailTexts
{
    public static MailContent Invoice(string language, InvoiceMailFacts f, string? message)
    {
        var note = string.IsNullOrWhiteSpace(message) ? "" : $"{message.Trim()}\n\n";
        return English(language)
            ? new($"Invoice {f.Number} from {f.Business}",
                $"Hello,\n\nPlease find attached invoice {f.Number} for {EnMoney(f.Total)}, due on {EnDate(f.DueDate)}.\n\n{note}{PayTo(language, f)}Kind regards,\n{f.Business}\n")
            : new($"Factura {f.Number} de {f.Business}",
                $"Hola:\n\nLe enviamos adjunta la factura {f.Number}, de {SpanishFormat.Money(f.Total)}, con vencimiento el {SpanishFormat.Date(f.DueDate)}.\n\n{note}{PayTo(language, f)}Un saludo,\n{f.Business}\n");
    }

    public static MailContent Reminder(string language, ReminderKind kind, InvoiceMailFacts f, LatePaymentClaim? claim) => kind switch
    {
        ReminderKind.Upcoming => English(language)
            ? new($"Reminder: invoice {f.Number} falls due on {EnDate(f.DueDate)}",
                $"Hello,\n\nThis is a friendly reminder that invoice {f.Number}, for {EnMoney(f.AmountDue)}, falls due on {EnDate(f.DueDate)}.\n\n{PayTo(language, f)}If you have already paid it, please disregard this message.\n\nKind regards,\n{f.Business}\n")
            : new($"Recordatorio: la factura {f.Number} vence el {SpanishFormat.Date(f.DueDate)}",
                $"Hola:\n\nLe recordamos que la factura {f.Number}, de {SpanishFormat.Money(f.AmountDue)}, vence el {SpanishFormat.Date(f.DueDate)}.\n\n{PayTo(language, f)}Si ya la ha pagado, no tenga en cuenta este mensaje.\n\nUn saludo,\n{f.Business}\n"),
        ReminderKind.Overdue => English(language)
            ? new($"Invoice {f.Number} is overdue: {EnMoney(f.AmountDue)} outstanding",
                $"Hello,\n\nInvoice {f.Number}, due on {EnDate(f.DueDate)}, is still unpaid: {EnMoney(f.AmountDue)} is outstanding, {Days(language, f.DaysOverdue)} overdue.\n\nWe would be grateful if you could settle it as soon as possible. {PayTo(language, f)}If you have already paid it, please disregard this message.\n\nKind regards,\n{f.Business}\n")
            : new($"Factura {f.Number} vencida: {SpanishFormat.Money(f.AmountDue)} pendientes",
                $"Hola:\n\nLa factura {f.Number}, con vencimiento el {SpanishFormat.Date(f.DueDate)}, sigue pendiente de pago: quedan {SpanishFormat.Money(f.AmountDue)} por cobrar, con {Days(language, f.DaysOverdue)} de retraso.\n\nLe agradeceremos que realice el pago a la mayor brevedad. {PayTo(language, f)}Si ya lo ha hecho, no tenga en cuenta este mensaje.\n\nUn saludo,\n{f.Business}\n"),
        _ => FormalClaim(language, f, claim ?? throw new ArgumentNullException(nameof(claim), "A formal claim states the interest.")),
    };

    /// <summary>The requerimiento de pago: what is due, the Ley 3/2004 interest to date and the 40 € compensation.</summary>
    private static MailContent FormalClaim(string language, InvoiceMailFacts f, LatePaymentClaim c)
    {
        var total = f.AmountDue + c.Interest + c.Compensation;
        return English(language)
            ? new($"Formal demand for payment: invoice {f.Number}",
                $"Dear customer,\n\nWe hereby formally demand payment of invoice {f.Number}, which fell due on {EnDate(f.DueDate)} and is {Days(language, f.DaysOverdue)} overdue.\n\n" +
                $"Amount outstanding: {EnMoney(f.AmountDue)}\nLate-payment interest to date (Spanish Law 3/2004, art. 7): {EnMoney(c.Interest)}{(c.Complete ? "" : " (rates not yet published for part of the period are not included)")}\n" +
                $"Compensation for recovery costs (art. 8): {EnMoney(c.Compensation)}\nTotal claimed: {EnMoney(total)}\n\n" +
                $"{PayTo(language, f)}Unless payment is received within 10 days, we reserve the right to take the legal action available to us.\n\n{f.Business}\n")
            : new($"Requerimiento de pago: factura {f.Number}",
                $"Estimado cliente:\n\nPor la presente le requerimos formalmente el pago de la factura {f.Number}, vencida el {SpanishFormat.Date(f.DueDate)}, con {Days(language, f.DaysOverdue)} de retraso.\n\n" +
                $"Importe pendiente: {SpanishFormat.Money(f.AmountDue)}\nIntereses de demora hasta hoy (Ley 3/2004, art. 7): {SpanishFormat.Money(c.Interest)}{(c.Complete ? "" : " (sin los semestres cuyo tipo aún no se ha publicado)")}\n" +
                $"Indemnización por costes de cobro (art. 8): {SpanishFormat.Money(c.Compensation)}\nTotal reclamado: {SpanishFormat.Money(total)}\n\n" +
                $"{PayTo(language, f)}De no recibir el pago en el plazo de 10 días, nos reservamos el ejercicio de las acciones legales que correspondan.\n\n{f.Business}\n");
    }

    private static bool English(string language) => language == "en";

    private static string PayTo(string language, InvoiceMailFacts f) => f.Iban is null ? ""
        : English(language) ? $"You can pay by bank transfer to {IssuerIban(f.Iban)}.\n\n" : $"Puede pagar por transferencia a la cuenta {IssuerIban(f.Iban)}.\n\n";

    private static string IssuerIban(string iban) => string.Join(' ', iban.Chunk(4).Select(c => new string(c)));

    private static string Days(string language, int days) =>
        English(language) ? (days == 1 ? "1 day" : $"{days} days") : (days == 1 ? "1 día" : $"{days} días");

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private static string EnMoney(decimal amount) => "€" + amount.ToString("#,##0.00", British);
    private static string EnDate(DateOnly date) => date.ToString("d MMMM yyyy", British);
}
