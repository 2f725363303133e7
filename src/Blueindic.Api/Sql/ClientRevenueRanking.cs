using Blueindic.Projections.Reports;

namespace Blueindic.Api.Sql;

/// <summary>
/// Clients ranked by net over two years, in PostgreSQL, so only the page of the ranking leaves the
/// database. Year, client and net are duplicated columns of the rollup; the sales report tests pin
/// the order, and the SQL agreement tests pin it against a ranking made in C#.
/// </summary>
internal static class ClientRevenueRanking
{
    public sealed record Ranked(Guid ClientId, string ClientName, decimal Net, decimal Total, int InvoiceCount, decimal PreviousNet);

    public sealed record Result(decimal TotalNet, IReadOnlyList<Ranked> Rows);

    private sealed record Row(decimal TotalNet, List<Ranked>? Rows);

    private static readonly StatementText Text = StatementText.Over<ClientRevenue>(revenue =>
    {
        string clientId = revenue.Column(x => x.ClientId), year = revenue.Column(x => x.Year), net = revenue.Column(x => x.Net);
        return $$"""
            with years as (
              select d.{{clientId}}, d.{{year}}, d.{{net}}, d.{{revenue.Data}} ->> '{{nameof(ClientRevenue.ClientName)}}' as name,
                (d.{{revenue.Data}} ->> '{{nameof(ClientRevenue.Total)}}')::numeric as total, (d.{{revenue.Data}} ->> '{{nameof(ClientRevenue.InvoiceCount)}}')::int as invoice_count
              from {{revenue.Name}} d
              where d.{{revenue.TenantId}} = ? and d.{{year}} in (?, ?)),
            cur as (select * from years where {{year}} = ?),
            prev as (select * from years where {{year}} = ?),
            ranked as (
              select coalesce(c.{{clientId}}, p.{{clientId}}) as {{clientId}}, coalesce(c.name, p.name) as name, coalesce(c.{{net}}, 0) as {{net}},
                coalesce(c.total, 0) as total, coalesce(c.invoice_count, 0) as invoice_count, coalesce(p.{{net}}, 0) as previous_net
              from cur c full join prev p on p.{{clientId}} = c.{{clientId}})
            select json_build_object(
              'TotalNet', (select coalesce(sum({{net}}), 0) from cur),
              'Rows', (select json_agg(json_build_object('ClientId', {{clientId}}, 'ClientName', name, 'Net', {{net}}, 'Total', total,
                  'InvoiceCount', invoice_count, 'PreviousNet', previous_net) order by position)
                from (select *, row_number() over (order by case when ? then {{net}} end, case when ? then {{net}} - previous_net end,
                        case when ? then {{net}} end desc, case when ? then {{net}} - previous_net end desc, name {{Collation.Spanish}}, {{clientId}}) as position
                      from ranked where {{net}} <> 0 or previous_net <> 0) page
                where position <= ?))
            """;
    });

    /// <summary>Every client with net ≠ 0 in either year; <paramref name="ascending"/>: the bottom first.</summary>
    public static async Task<Result> ForAsync(IQuerySession session, int year, int compareYear, bool ascending, int limit, CancellationToken ct)
    {
        var row = (await session.QueryAsync<Row>(Text.For(session), ct, session.TenantId, year, compareYear, year, compareYear,
            ascending, ascending, !ascending, !ascending, limit)).Single();
        return new Result(row.TotalNet, row.Rows ?? []);
    }
}
