using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reports;
using Marten;
using Blueindic.Api.EventStore;

namespace Blueindic.Api.Reports;

/// <summary>
/// The morosity sums of a business's year, per client, added up by PostgreSQL from the invoice
/// view's duplicated columns in one pass: the whole business's totals, and the clients with a
/// morosity amount, largest first, up to a limit. A year of 50,000 invoices is no longer loaded
/// into the API to be summed (bench `reports`). The morosity tests pin its figures, and check each
/// listed client's against the client's own report, which applies <see cref="Morosity.Of"/> to its invoices.
/// </summary>
internal static class MorosityByClient
{
    public sealed record ClientSums(Guid ClientId, string ClientName, MorositySums Sums);

    /// <param name="ClientCount">Clients with a morosity amount, listed or not.</param>
    public sealed record Result(MorositySums Totals, int ClientCount, IReadOnlyList<ClientSums> Clients);

    private sealed record Row(MorositySums Totals, int ClientCount, List<ClientRow>? Clients);

    private sealed record ClientRow(Guid ClientId, string? ClientName, decimal Invoiced, decimal Overdue, decimal Uncollectible,
        decimal Receivables, int OverdueInvoices, DateOnly? OldestOverdueDueDate);

    // A cancelled invoice and the corrective one that cancelled it do not count as invoiced (as in
    // InvoiceRows.Figures). Every column read is in the index on (tenant, issue date).
    private const string Sql = $$"""
        with invoices as (
          select d.client_id, d.amount_due, d.due_date, d.balance_written_off,
            case when d.status <> '{{nameof(InvoiceStatus.Cancelled)}}' and d.issued_corrects_cancels is not true then d.issued_amounts_total else 0 end as invoiced,
            d.amount_due > 0 and d.due_date < ? as late
          from {{MartenSetup.Schema}}.mt_doc_invoiceview d
          where d.tenant_id = ? and d.issue_date between ? and ?),
        per_client as (
          select client_id, sum(invoiced) as invoiced,
            coalesce(sum(amount_due) filter (where late), 0) as overdue,
            sum(balance_written_off) as uncollectible,
            sum(amount_due) as receivables,
            count(*) filter (where late) as overdue_invoices,
            min(due_date) filter (where late) as oldest
          from invoices group by client_id),
        morose as (
          select p.*, c.data -> 'Details' ->> 'Name' as name,
            row_number() over (order by p.overdue + p.uncollectible desc, c.data -> 'Details' ->> 'Name', p.client_id) as position
          from per_client p
          left join {{MartenSetup.Schema}}.mt_doc_clientview c on c.tenant_id = ? and c.id = p.client_id
          where p.overdue + p.uncollectible > 0)
        select json_build_object(
          'Totals', (select json_build_object('Invoiced', coalesce(sum(invoiced), 0), 'Overdue', coalesce(sum(overdue), 0),
              'Uncollectible', coalesce(sum(uncollectible), 0), 'Receivables', coalesce(sum(receivables), 0),
              'OverdueInvoices', coalesce(sum(overdue_invoices), 0), 'OldestOverdueDueDate', min(oldest)) from per_client),
          'ClientCount', (select count(*) from morose),
          'Clients', (select json_agg(json_build_object('ClientId', client_id, 'ClientName', name, 'Invoiced', invoiced, 'Overdue', overdue,
              'Uncollectible', uncollectible, 'Receivables', receivables, 'OverdueInvoices', overdue_invoices, 'OldestOverdueDueDate', oldest)
              order by position)
            from morose where position <= ?))
        """;

    /// <summary>The year's invoices issued from <paramref name="from"/> to <paramref name="to"/>, judged on <paramref name="asOf"/>.</summary>
    public static async Task<Result> ForAsync(IQuerySession session, DateOnly from, DateOnly to, DateOnly asOf, int limit, CancellationToken ct)
    {
        var row = (await session.QueryAsync<Row>(Sql, ct, asOf, session.TenantId, from, to, session.TenantId, limit)).Single();
        var clients = (row.Clients ?? []).Select(c => new ClientSums(c.ClientId, c.ClientName ?? "",
            new MorositySums(c.Invoiced, c.Overdue, c.Uncollectible, c.Receivables, c.OverdueInvoices, c.OldestOverdueDueDate))).ToList();
        return new Result(row.Totals, row.ClientCount, clients);
    }
}
