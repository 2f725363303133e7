using Blueindic.Domain.Receivables;
using Marten;
using Blueindic.Api.EventStore;

namespace Blueindic.Api.Receivables;

/// <summary>
/// The alert list's totals per level, summed by PostgreSQL in one pass over the open invoices: a
/// business with 100,000 open invoices no longer ships them all to the API to add them up (bench
/// `receivables`). It reads the view's duplicated columns (due date, amount due, client), never the
/// JSON; the receivables tests pin its figures.
/// </summary>
internal static class ReceivablesTotals
{
    private sealed record Row(int RedCount, decimal RedAmount, int OrangeCount, decimal OrangeAmount, int GreenCount, decimal GreenAmount);

    private const string Sql = $$"""
        select json_build_object(
          'RedCount', count(*) filter (where due < ?), 'RedAmount', coalesce(sum(amount) filter (where due < ?), 0),
          'OrangeCount', count(*) filter (where due between ? and ?), 'OrangeAmount', coalesce(sum(amount) filter (where due between ? and ?), 0),
          'GreenCount', count(*) filter (where due > ?), 'GreenAmount', coalesce(sum(amount) filter (where due > ?), 0))
        from (
          select d.due_date as due, d.amount_due as amount
          from {{MartenSetup.Schema}}.mt_doc_invoiceview d
          where d.tenant_id = ? and d.amount_due > 0 and (? or d.client_id = ?) and d.due_date between ? and ?
        ) open
        """;

    /// <summary>Totals of the open invoices (of one client, of due dates in a range) on <paramref name="day"/>.</summary>
    public static async Task<ReceivablesSummary> ForAsync(IQuerySession session, Guid? clientId, AlertLevel? level, DateOnly day, int windowDays,
        CancellationToken ct)
    {
        var (from, to) = level is { } l ? AlertLevels.DueDates(l, day, windowDays) : (DateOnly.MinValue, DateOnly.MaxValue);
        var (orangeFrom, orangeTo) = AlertLevels.DueDates(AlertLevel.Orange, day, windowDays);
        var rows = await session.QueryAsync<Row>(Sql, ct,
            day, day, orangeFrom, orangeTo, orangeFrom, orangeTo, orangeTo, orangeTo,
            session.TenantId, clientId is null, clientId ?? Guid.Empty, from, to);
        var r = rows.Single();
        var red = new LevelSummary(r.RedCount, r.RedAmount);
        return new ReceivablesSummary(r.RedCount + r.OrangeCount + r.GreenCount, r.RedAmount + r.OrangeAmount + r.GreenAmount, red.Amount,
            new LevelSummaries(new LevelSummary(r.GreenCount, r.GreenAmount), new LevelSummary(r.OrangeCount, r.OrangeAmount), red));
    }
}
