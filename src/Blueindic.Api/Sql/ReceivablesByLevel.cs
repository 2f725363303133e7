using Blueindic.Domain.Receivables;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Sql;

/// <summary>
/// How many open invoices, and how much on them, fall in each alert level on a day, summed by
/// PostgreSQL. It mirrors <see cref="AlertLevels.Classify"/> over the invoices with something due;
/// the SQL agreement tests pin that both give the same totals.
/// </summary>
internal static class ReceivablesByLevel
{
    public sealed record Totals(int RedCount, decimal RedAmount, int OrangeCount, decimal OrangeAmount, int GreenCount, decimal GreenAmount);

    // The level bounds come from AlertLevels.DueDates, so the two sides share them.
    private const string Levels = """
        select json_build_object(
          'RedCount', coalesce(sum(invoices) filter (where due < ?), 0), 'RedAmount', coalesce(sum(amount) filter (where due < ?), 0),
          'OrangeCount', coalesce(sum(invoices) filter (where due between ? and ?), 0), 'OrangeAmount', coalesce(sum(amount) filter (where due between ? and ?), 0),
          'GreenCount', coalesce(sum(invoices) filter (where due > ?), 0), 'GreenAmount', coalesce(sum(amount) filter (where due > ?), 0))
        """;

    // The whole business: a sum over its distinct due dates (InvoiceRollups), less the open invoices
    // issued after the day, which a past day does not show (usually none).
    private static readonly StatementText Business = new(store =>
    {
        var invoices = DocumentTable<InvoiceView>.Of(store);
        string amountDue = invoices.Column(x => x.AmountDue), dueDate = invoices.Column(x => x.DueDate);
        return $$"""
            {{Levels}}
            from (
              select r.due_date as due, r.amount, r.invoices
              from {{store.Options.DatabaseSchemaName}}.{{InvoiceRollups.OpenAmountsTable}} r
              where r.tenant_id = ? and r.due_date between ? and ?
              union all
              select d.{{dueDate}}, -d.{{amountDue}}, -1
              from {{invoices.Name}} d
              where d.{{invoices.TenantId}} = ? and d.{{invoices.Column(x => x.IssueDate)}} > ? and d.{{amountDue}} > 0 and d.{{dueDate}} between ? and ?
            ) open
            """;
    });

    // One client: its own open invoices, found through the client index.
    private static readonly StatementText Client = StatementText.Over<InvoiceView>(invoices =>
    {
        var amountDue = invoices.Column(x => x.AmountDue);
        var dueDate = invoices.Column(x => x.DueDate);
        return $$"""
            {{Levels}}
            from (
              select d.{{dueDate}} as due, d.{{amountDue}} as amount, 1 as invoices
              from {{invoices.Name}} d
              where d.{{invoices.TenantId}} = ? and d.{{amountDue}} > 0 and d.{{invoices.Column(x => x.ClientId)}} = ? and d.{{dueDate}} between ? and ?
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
        object[] levels = [day, day, orangeFrom, orangeTo, orangeFrom, orangeTo, orangeTo, orangeTo];
        var rows = clientId is { } id
            ? await session.QueryAsync<Totals>(Client.For(session), ct, [.. levels, session.TenantId, id, from, to, day])
            : await session.QueryAsync<Totals>(Business.For(session), ct, [.. levels, session.TenantId, from, to, session.TenantId, day, from, to]);
        return rows.Single();
    }
}
