using Blueindic.Api.Receivables;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Sql;

/// <summary>
/// What is still due on a day by how late it is (<see cref="Domain.Receivables.AlertLevels.Age"/>), for the
/// business and per client, largest first, up to a limit, summed by PostgreSQL. The business's buckets
/// are sums over its due dates, and a client's total, which ranks it, a sum over its years
/// (<see cref="InvoiceRollups"/>); only the listed clients' open invoices due in the last 90 days or
/// later are read one by one, to split their totals among the younger buckets: the rest is over 90 days. The SQL agreement tests pin it against
/// the views aged in C#.
/// </summary>
internal static class AgingByClient
{
    public sealed record Result(AgingBuckets Total, int ClientCount, IReadOnlyList<ClientAging> Clients);

    private sealed record Row(AgingBuckets Total, int ClientCount, List<ClientAging>? Clients);

    // Open invoices issued after the day are taken back out of both rollups: a past day does not show them.
    private static readonly StatementText Text = new(store =>
    {
        var invoices = DocumentTable<InvoiceView>.Of(store);
        var clients = DocumentTable<ClientView>.Of(store);
        string clientId = invoices.Column(x => x.ClientId), amountDue = invoices.Column(x => x.AmountDue),
            dueDate = invoices.Column(x => x.DueDate), issueDate = invoices.Column(x => x.IssueDate), tenant = invoices.TenantId;
        var schema = store.Options.DatabaseSchemaName;
        var name = $"c.{clients.Data} -> '{nameof(ClientView.Details)}' ->> '{nameof(Domain.Clients.ClientDetails.Name)}'";
        static string Buckets(string due, string amount) => $"""
            'NotDue', coalesce(sum({amount}) filter (where {due} >= @day::date), 0),
            'Days1To30', coalesce(sum({amount}) filter (where {due} between @day::date - 30 and @day::date - 1), 0),
            'Days31To60', coalesce(sum({amount}) filter (where {due} between @day::date - 60 and @day::date - 31), 0),
            'Days61To90', coalesce(sum({amount}) filter (where {due} between @day::date - 90 and @day::date - 61), 0)
            """;
        return $$"""
            with later as (
              select d.{{clientId}} as client_id, d.{{dueDate}} as due, d.{{amountDue}} as amount
              from {{invoices.Name}} d where d.{{tenant}} = @tenant and d.{{issueDate}} > @day::date and d.{{amountDue}} > 0),
            by_due as (
              select r.due_date as due, r.amount from {{schema}}.{{InvoiceRollups.OpenAmountsTable}} r where r.tenant_id = @tenant
              union all select due, -amount from later),
            client_totals as (
              select client_id, sum(amount) as amount from (
                select m.client_id, m.open_amount as amount from {{schema}}.{{InvoiceRollups.MorosityTable}} m where m.tenant_id = @tenant
                union all select client_id, -amount from later) x
              group by client_id having sum(amount) > 0),
            cut as (select amount from client_totals order by amount desc offset @limit - 1 limit 1),
            ranked as (
              select t.client_id, t.amount as total, {{name}} as name,
                row_number() over (order by t.amount desc, ({{name}}) {{Collation.Spanish}}, t.client_id) as position
              from client_totals t
              left join {{clients.Name}} c on c.{{clients.TenantId}} = @tenant and c.{{clients.Id}} = t.client_id
              where t.amount >= coalesce((select amount from cut), 0)),
            listed as (
              select r.*, recent.buckets, coalesce(recent.amount, 0) as recent_amount
              from ranked r, lateral (
                select json_build_object({{Buckets($"d.{dueDate}", $"d.{amountDue}")}}) as buckets, sum(d.{{amountDue}}) as amount
                from {{invoices.Name}} d
                where d.{{clientId}} = r.client_id and d.{{tenant}} = @tenant and d.{{amountDue}} > 0
                  and d.{{dueDate}} >= @day::date - 90 and d.{{issueDate}} <= @day::date) recent
              where r.position <= @limit)
            select json_build_object(
              'Total', (select json_build_object({{Buckets("due", "amount")}},
                  'Over90', coalesce(sum(amount) filter (where due < @day::date - 90), 0), 'Total', coalesce(sum(amount), 0)) from by_due),
              'ClientCount', (select count(*) from client_totals),
              'Clients', (select json_agg(json_build_object('ClientId', r.client_id, 'ClientName', coalesce(r.name, ''),
                  'Buckets', r.buckets::jsonb || jsonb_build_object('Over90', r.total - r.recent_amount, 'Total', r.total)) order by r.position)
                from listed r))
            """;
    });

    public static async Task<Result> ForAsync(IQuerySession session, DateOnly day, int limit, CancellationToken ct)
    {
        var (text, values) = NamedParameters.Bind(Text.For(session),
            new Dictionary<string, object> { ["tenant"] = session.TenantId, ["day"] = day, ["limit"] = limit });
        var row = (await session.QueryAsync<Row>(text, ct, values)).Single();
        return new Result(row.Total, row.ClientCount, row.Clients ?? []);
    }
}
