using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Sql;

/// <summary>
/// The morosity sums of a business's year, per client, added up by PostgreSQL from the invoice
/// view's duplicated columns in one pass: the whole business's totals, and the clients with a
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

    // Ties in amount: by name in Spanish order, then by id.
    // Annulled invoices never existed for the reports: left out whole.
    // Counts as invoiced: not cancelled, and not the corrective invoice that cancelled another.
    // Overdue: something due, and the due date before asOf. Every invoice column read is in the
    // covering index on (tenant, issue date) (ReadModelColumns).
    private static readonly StatementText Text = new(store =>
    {
        var invoices = DocumentTable<InvoiceView>.Of(store);
        var clients = DocumentTable<ClientView>.Of(store);
        string clientId = invoices.Column(x => x.ClientId), amountDue = invoices.Column(x => x.AmountDue),
            dueDate = invoices.Column(x => x.DueDate), writtenOff = invoices.Column(x => x.Balance.WrittenOff);
        var name = $"c.{clients.Data} -> '{nameof(ClientView.Details)}' ->> '{nameof(ClientDetails.Name)}'";
        return $$"""
            with invoices as (
              select d.{{clientId}}, d.{{amountDue}}, d.{{dueDate}}, d.{{writtenOff}},
                case when d.{{invoices.Column(x => x.Status)}} <> '{{nameof(InvoiceStatus.Cancelled)}}' and d.{{invoices.Column(x => x.Issued.Corrects!.Cancels)}} is not true then d.{{invoices.Column(x => x.Issued.Amounts.Total)}} else 0 end as invoiced,
                d.{{amountDue}} > 0 and d.{{dueDate}} < ? as late
              from {{invoices.Name}} d
              where d.{{invoices.TenantId}} = ? and d.{{invoices.Column(x => x.IssueDate)}} between ? and ?
                and d.{{invoices.Column(x => x.Status)}} <> '{{nameof(InvoiceStatus.Annulled)}}'),
            per_client as (
              select {{clientId}}, sum(invoiced) as invoiced,
                coalesce(sum({{amountDue}}) filter (where late), 0) as overdue,
                sum({{writtenOff}}) as uncollectible,
                sum({{amountDue}}) as receivables,
                count(*) filter (where late) as overdue_invoices,
                min({{dueDate}}) filter (where late) as oldest
              from invoices group by {{clientId}}),
            morose as (
              select p.*, {{name}} as name,
                row_number() over (order by p.overdue + p.uncollectible desc, ({{name}}) {{Collation.Spanish}}, p.{{clientId}}) as position
              from per_client p
              left join {{clients.Name}} c on c.{{clients.TenantId}} = ? and c.{{clients.Id}} = p.{{clientId}}
              where p.overdue + p.uncollectible > 0)
            select json_build_object(
              'Totals', (select json_build_object('Invoiced', coalesce(sum(invoiced), 0), 'Overdue', coalesce(sum(overdue), 0),
                  'Uncollectible', coalesce(sum(uncollectible), 0), 'Receivables', coalesce(sum(receivables), 0),
                  'OverdueInvoices', coalesce(sum(overdue_invoices), 0), 'OldestOverdueDueDate', min(oldest)) from per_client),
              'ClientCount', (select count(*) from morose),
              'Clients', (select json_agg(json_build_object('ClientId', {{clientId}}, 'ClientName', name, 'Invoiced', invoiced, 'Overdue', overdue,
                  'Uncollectible', uncollectible, 'Receivables', receivables, 'OverdueInvoices', overdue_invoices, 'OldestOverdueDueDate', oldest)
                  order by position)
                from morose where position <= ?))
            """;
    });

    /// <summary>The year's invoices issued from <paramref name="from"/> to <paramref name="to"/>, judged on <paramref name="asOf"/>.</summary>
    public static async Task<Result> ForAsync(IQuerySession session, DateOnly from, DateOnly to, DateOnly asOf, int limit, CancellationToken ct)
    {
        var row = (await session.QueryAsync<Row>(Text.For(session), ct, asOf, session.TenantId, from, to, session.TenantId, limit)).Single();
        var clients = (row.Clients ?? []).Select(c => new ClientSums(c.ClientId, c.ClientName ?? "",
            new MorositySums(c.Invoiced, c.Overdue, c.Uncollectible, c.Receivables, c.OverdueInvoices, c.OldestOverdueDueDate))).ToList();
        return new Result(row.Totals, row.ClientCount, clients);
    }
}
