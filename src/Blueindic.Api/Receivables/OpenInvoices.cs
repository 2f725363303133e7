using Blueindic.Projections.Invoices;
using Blueindic.Domain.Receivables;

namespace Blueindic.Api.Receivables;

internal static class OpenInvoices
{
    /// <summary>
    /// Invoices with something still due — issued or partly paid; paid, cancelled, written-off and
    /// corrective ones owe nothing — read from the inline invoice view, so a payment that settles
    /// an invoice takes it off at once. Only those issued on or before <paramref name="asOf"/>: a
    /// past day shows no invoice issued after it (docs/reports.md, "What a past asOf includes").
    /// </summary>
    public static IQueryable<InvoiceView> Query(IQuerySession session, Guid? clientId, DateOnly asOf)
    {
        var query = session.Query<InvoiceView>().Where(x => x.AmountDue > 0 && x.IssueDate <= asOf);
        return clientId is { } id ? query.Where(x => x.ClientId == id) : query;
    }

    /// <summary>The open invoices of one alert level (or all) on <paramref name="day"/>.</summary>
    public static IQueryable<InvoiceView> Query(IQuerySession session, Guid? clientId, AlertLevel? level, DateOnly day, int windowDays)
    {
        var query = Query(session, clientId, day);
        if (level is not { } l) return query;
        var (from, to) = AlertLevels.DueDates(l, day, windowDays);
        return query.Where(x => x.DueDate >= from && x.DueDate <= to);
    }
}
