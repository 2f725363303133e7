using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Sql;

/// <summary>
/// The morosity sums of a business's year, per client, read by PostgreSQL from the rollup per client
/// and year and the invoice view's duplicated columns in one statement: the whole business's totals, and the clients with a
/// morosity amount, largest first, up to a limit. It mirrors <see cref="Morosity.Of"/> over
/// <c>InvoiceRows.Figures</c>; the SQL agreement tests pin that both give the same sums.
/// </summary>
internal static class MorosityByClient
{
    public sealed record ClientSums(Guid ClientId, string ClientName, MorositySums Sums);

    /// <param name="ClientCount">Clients with a morosity amount, listed or not.</param>
    public sealed record Result(MorositySums Totals, int ClientCount, IReadOnlyList<ClientSums> Clients);

    private sealed record Row(MorositySums Totals, int ClientCount, List<ClientRow>? Clients);

    private sealed record ClientRow(Guid ClientId, string? ClientName, decimal Invoiced, decimal Overdue, decimal Uncollectible,
        decimal Receivables, int OverdueInvoices, DateOnly? OldestOverdueDueDate);

    // The year's day-independent sums come from the rollup (InvoiceRollups); the view is read only for
    // what the day changes, both small on the usual day (today): the invoices of the year issued after
    // asOf, taken back out, and the open ones not yet due on asOf, which are not overdue. Every view
    // column read is in one of its covering indexes (ReadModelColumns).
    // Ties in amount: by name in Spanish order, then by id; names are read only for the clients at or
    // above the last listed one's amount.
    private static readonly StatementText Text = new(store =>
    {
        var invoices = DocumentTable<InvoiceView>.Of(store);
        var clients = DocumentTable<ClientView>.Of(store);
        string clientId = invoices.Column(x => x.ClientId), amountDue = invoices.Column(x => x.AmountDue),
            dueDate = invoices.Column(x => x.DueDate), issueDate = invoices.Column(x => x.IssueDate), tenant = invoices.TenantId;
        var name = $"c.{clients.Data} -> '{nameof(ClientView.Details)}' ->> '{nameof(ClientDetails.Name)}'";
        var rollup = $"{store.Options.DatabaseSchemaName}.{InvoiceRollups.MorosityTable}";
        return $$"""
            with later as (
              select c as client_id, inv as invoiced, w as written_off, due, o as open_amount, n as open_invoices
              from ({{InvoiceRollups.MorosityShares(store, "d", "-")}}
                and d.{{tenant}} = @tenant and d.{{issueDate}} > @to and d.{{issueDate}} between @from and @year_end) s(t, y, c, inv, w, due, o, n)),
            per_client as (
              select client_id, sum(invoiced) as invoiced, sum(written_off) as uncollectible, sum(due) as receivables,
                sum(open_amount) as open_amount, sum(open_invoices) as open_invoices
              from (select r.client_id, r.invoiced, r.written_off, r.due, r.open_amount, r.open_invoices
                    from {{rollup}} r where r.tenant_id = @tenant and r.year = @year
                    union all select * from later) x
              group by client_id),
            not_yet_due as (
              select d.{{clientId}} as client_id, sum(d.{{amountDue}}) as amount, count(*) as invoices
              from {{invoices.Name}} d
              where d.{{tenant}} = @tenant and d.{{amountDue}} > 0 and d.{{dueDate}} >= @as_of and d.{{issueDate}} between @from and @to
              group by d.{{clientId}}),
            sums as (
              select pc.client_id, pc.invoiced, pc.uncollectible, pc.receivables,
                pc.open_amount - coalesce(n.amount, 0) as overdue, pc.open_invoices - coalesce(n.invoices, 0) as overdue_invoices
              from per_client pc left join not_yet_due n using (client_id)),
            morose as (select *, overdue + uncollectible as amount from sums where overdue + uncollectible > 0),
            cut as (select m.amount from morose m order by m.amount desc offset @limit - 1 limit 1),
            ranked as (
              select m.*, {{name}} as name,
                row_number() over (order by m.amount desc, ({{name}}) {{Collation.Spanish}}, m.client_id) as position
              from morose m
              left join {{clients.Name}} c on c.{{clients.TenantId}} = @tenant and c.{{clients.Id}} = m.client_id
              where m.amount >= coalesce((select amount from cut), 0)),
            listed as (
              select r.*, (select min(d.{{dueDate}}) from {{invoices.Name}} d
                  where d.{{clientId}} = r.client_id and d.{{tenant}} = @tenant and d.{{amountDue}} > 0 and d.{{dueDate}} < @as_of
                    and d.{{issueDate}} between @from and @to) as oldest
              from ranked r where r.position <= @limit)
            select json_build_object(
              'Totals', (select json_build_object('Invoiced', coalesce(sum(invoiced), 0), 'Overdue', coalesce(sum(overdue), 0),
                  'Uncollectible', coalesce(sum(uncollectible), 0), 'Receivables', coalesce(sum(receivables), 0),
                  'OverdueInvoices', coalesce(sum(overdue_invoices), 0),
                  'OldestOverdueDueDate', (select min(d.{{dueDate}}) from {{invoices.Name}} d
                    where d.{{tenant}} = @tenant and d.{{amountDue}} > 0 and d.{{dueDate}} < @as_of and d.{{issueDate}} between @from and @to))
                from sums),
              'ClientCount', (select count(*) from morose),
              'Clients', (select json_agg(json_build_object('ClientId', client_id, 'ClientName', name, 'Invoiced', invoiced, 'Overdue', overdue,
                  'Uncollectible', uncollectible, 'Receivables', receivables, 'OverdueInvoices', overdue_invoices, 'OldestOverdueDueDate', oldest)
                  order by position)
                from listed))
            """;
    });

    /// <summary>The year's invoices issued from <paramref name="from"/> to <paramref name="to"/>, judged on <paramref name="asOf"/>.</summary>
    public static async Task<Result> ForAsync(IQuerySession session, DateOnly from, DateOnly to, DateOnly asOf, int limit, CancellationToken ct)
    {
        var (text, values) = NamedParameters.Bind(Text.For(session), new Dictionary<string, object>
        {
            ["as_of"] = asOf, ["tenant"] = session.TenantId, ["year"] = from.Year, ["from"] = from, ["to"] = to,
            ["year_end"] = new DateOnly(from.Year, 12, 31), ["limit"] = limit,
        });
        var row = (await session.QueryAsync<Row>(text, ct, values)).Single();
        var clients = (row.Clients ?? []).Select(c => new ClientSums(c.ClientId, c.ClientName ?? "",
            new MorositySums(c.Invoiced, c.Overdue, c.Uncollectible, c.Receivables, c.OverdueInvoices, c.OldestOverdueDueDate))).ToList();
        return new Result(row.Totals, row.ClientCount, clients);
    }
}
