using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Reports;

/// <summary>The invoice views a report reads, as per-invoice rows.</summary>
internal static class InvoiceRows
{
    /// <summary>
    /// The invoices issued in <paramref name="year"/>, up to <paramref name="until"/> when given (nothing issued after asOf counts).
    /// Annulled invoices are left out: issued by mistake, they count in no report.
    /// </summary>
    public static async Task<IReadOnlyList<InvoiceView>> IssuedInAsync(IQuerySession session, int year, Guid? clientId, DateOnly? until, CancellationToken ct)
    {
        var (from, to) = until is { } u ? YearUpTo(year, u) : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var query = session.Query<InvoiceView>().Where(x => x.IssueDate >= from && x.IssueDate <= to && x.Status != InvoiceStatus.Annulled);
        if (clientId is { } id) query = query.Where(x => x.ClientId == id);
        return await query.ToListAsync(ct);
    }

    /// <summary>The days of <paramref name="year"/> up to <paramref name="until"/>: nothing issued after asOf counts.</summary>
    public static (DateOnly From, DateOnly To) YearUpTo(int year, DateOnly until)
    {
        var end = new DateOnly(year, 12, 31);
        return (new DateOnly(year, 1, 1), until < end ? until : end);
    }

    public static InvoiceFigures Figures(InvoiceView v) => new(
        v.DueDate, v.Issued.Amounts.Total, v.AmountDue, v.Balance.WrittenOff,
        CountsAsInvoiced: v.Status != InvoiceStatus.Cancelled && v.Issued.Corrects?.Cancels != true);
}
