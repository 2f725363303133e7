using Blueindic.Domain.Receivables;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Sql;

/// <summary>
/// How many open invoices, and how much on them, fall in each alert level on a day: summed by
/// PostgreSQL in one pass over the view's duplicated columns (due date, amount due, client), never
/// the JSON. It mirrors <see cref="AlertLevels.Classify"/> over the invoices with something due; the
/// SQL agreement tests pin that both give the same totals.
/// </summary>
internal static class ReceivablesByLevel
{
    public sealed record Totals(int RedCount, decimal RedAmount, int OrangeCount, decimal OrangeAmount, int GreenCount, decimal GreenAmount);

    // Open: something still due, on an invoice issued on or before the day. The level bounds come
    // from AlertLevels.DueDates, so the two sides share them.
    private static readonly StatementText Text = StatementText.Over<InvoiceView>(invoices =>
    {
        var amountDue = invoices.Column(x => x.AmountDue);
        var dueDate = invoices.Column(x => x.DueDate);
        return $$"""
            select json_build_object(
              'RedCount', count(*) filter (where due < ?), 'RedAmount', coalesce(sum(amount) filter (where due < ?), 0),
              'OrangeCount', count(*) filter (where due between ? and ?), 'OrangeAmount', coalesce(sum(amount) filter (where due between ? and ?), 0),
              'GreenCount', count(*) filter (where due > ?), 'GreenAmount', coalesce(sum(amount) filter (where due > ?), 0))
            from (
              select d.{{dueDate}} as due, d.{{amountDue}} as amount
              from {{invoices.Name}} d
              where d.{{invoices.TenantId}} = ? and d.{{amountDue}} > 0 and (? or d.{{invoices.Column(x => x.ClientId)}} = ?) and d.{{dueDate}} between ? and ?
                and d.{{invoices.Column(x => x.IssueDate)}} <= ?
            ) open
            """;
    });

    /// <summary>Totals of the open invoices (of one client, of one level) issued on or before <paramref name="day"/>, judged on it.</summary>
    public static async Task<Totals> ForAsync(IQuerySession session, Guid? clientId, AlertLevel? level, DateOnly day, int windowDays,
        CancellationToken ct)
    {
        var (from, to) = level is { } l ? AlertLevels.DueDates(l, day, windowDays) : (DateOnly.MinValue, DateOnly.MaxValue);
        var (orangeFrom, orangeTo) = AlertLevels.DueDates(AlertLevel.Orange, day, windowDays);
        var rows = await session.QueryAsync<Totals>(Text.For(session), ct,
            day, day, orangeFrom, orangeTo, orangeFrom, orangeTo, orangeTo, orangeTo,
            session.TenantId, clientId is null, clientId ?? Guid.Empty, from, to, day);
        return rows.Single();
    }
}
