using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using Blueindic.Projections.Reports;
using Npgsql;
using Weasel.Core;
using Blueindic.Api.EventStore;

namespace Blueindic.Bench;

/// <summary>
/// `reports`: the morosity, revenue-per-client and monthly-sales answers for one business with two
/// years of invoices, through the API, against SQL through Npgsql that reads what each answer needs
/// in one round trip. The read models are seeded directly, folded by the projections' own
/// Create/Apply from a generated history (<see cref="BusinessHistory"/>): the read path is measured.
/// </summary>
internal static class ReportsScenario
{
    private const string Schema = MartenSetup.Schema;

    public static async Task RunAsync(HttpClient admin, Uri baseUrl, int invoices, int clients, int requests)
    {
        var tenant = await Tenants.CreateAsync(admin, baseUrl, "Bench reports");
        var today = SpanishTime.Today(DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        var history = BusinessHistory.Generate(tenant.TenantId, invoices, clients, today, 47);
        await SeedAsync(history);
        // Last year: a whole year of the history (half its invoices), the same size on any day the bench runs.
        var year = today.Year - 1;
        Console.WriteLine($"\nreports: {invoices:N0} invoices over {clients:N0} clients in two years, seeded in {clock.Elapsed.TotalSeconds:0.0} s; " +
                          $"reports of {year} as of {today:yyyy-MM-dd} (target: p99 < 50 ms)");

        await using var db = NpgsqlDataSource.Create(Baseline.ConnectionString);
        var series = new (string Name, string[] Sql, string Url, Action<JsonElement, List<object?[]>> Same)[]
        {
            ("morosity", MorosityFromRollup, $"/api/reports/morosity?year={year}&asOf={today:yyyy-MM-dd}", (api, sql) =>
            {
                Same("invoiced", api.GetProperty("invoiced").GetDecimal(), sql[0][0]);
                Same("clientCount", api.GetProperty("clientCount").GetInt64(), sql[0][1]);
                Same("first client", api.GetProperty("clients")[0].GetProperty("clientId").GetGuid(), sql[0][2]);
            }),
            ("revenue per client", Revenue, $"/api/reports/clients/revenue?year={year}", (api, sql) =>
            {
                Same("first client", api.GetProperty("data")[0].GetProperty("clientId").GetGuid(), sql[0][0]);
                Same("totalNet", api.GetProperty("totalNet").GetDecimal(), sql[1][0]);
            }),
            ("monthly sales", Monthly, $"/api/reports/sales/monthly?year={year}", (api, sql) =>
                Same("totalNet", api.GetProperty("totalNet").GetDecimal(), sql[0][0])),
        };
        Load.PrintHeader("");
        foreach (var (name, statements, url, same) in series)
        {
            // A fast wrong answer is not a figure: the API must agree with the SQL before either is timed.
            same(await tenant.Http.GetFromJsonAsync<JsonElement>(url), await FirstRowsAsync(db, statements, tenant.TenantId, year, today));
            var sql = Sql(db, statements, tenant.TenantId, year, today);
            foreach (var _ in Enumerable.Range(0, 5)) { await sql(0, 0); await tenant.Reads(url)(0, 0); }
            if (statements == MorosityFromRollup)
            {
                same(await tenant.Http.GetFromJsonAsync<JsonElement>(url), await FirstRowsAsync(db, Morosity, tenant.TenantId, year, today));
                var (before, _) = await Load.CompareAsync(3, requests, 1, Sql(db, Morosity, tenant.TenantId, year, today), sql);
                Load.Print($"SQL: {name} over every invoice of the year (before)", before, null);
            }
            var (baseline, measured) = await Load.CompareAsync(3, requests, 1, sql, tenant.Reads(url));
            Load.Print($"SQL: {name}", baseline, null);
            Load.Print($"GET {url.Split('?')[0]}", measured, baseline);
        }
    }

    private static void Same(string what, object api, object? sql)
    {
        if (!Equals(api, sql)) throw new InvalidOperationException($"reports: the API's {what} is {api}, the SQL's {sql}");
    }

    /// <summary>The 25 largest morose clients of <c>per_client</c>, with their names and the JSON of their invoices of the year, after the <c>totals</c>.</summary>
    private const string TopClientsAndTheirInvoices = $"""
        top as (
          select p.client_id, c.data -> 'Details' ->> 'Name' name, p.overdue + p.written_off amount
          from per_client p left join {Schema}.mt_doc_clientview c on c.tenant_id = $1 and c.id = p.client_id
          where p.overdue + p.written_off > 0 order by amount desc, name, p.client_id limit 25)
        select t.invoiced, t.clients, top.client_id, top.name, top.amount, t.overdue, t.written_off, t.receivables, t.overdue_count, t.oldest_due, d.data
        from totals t cross join top
        join {Schema}.mt_doc_invoiceview d on d.tenant_id = $1 and d.client_id = top.client_id
          and d.issue_date between make_date($2, 1, 1) and least($3, make_date($2, 12, 31))
        order by top.amount desc, top.name, top.client_id
        """;

    /// <summary>
    /// From the invoice view's columns, in one statement: per client, invoiced, overdue, written off,
    /// overdue count and oldest due date, summed for the business; and the 25 largest clients with
    /// their names and the JSON of their invoices of the year (what their late interest needs). The
    /// first row is the largest client's.
    /// </summary>
    private static readonly string[] Morosity =
    [
        $"""
        with per_client as (
          select client_id, sum(issued_amounts_total) filter (where status <> 'Cancelled' and issued_corrects_cancels is not true) invoiced,
            coalesce(sum(amount_due) filter (where amount_due > 0 and due_date < $3), 0) overdue, sum(balance_written_off) written_off,
            sum(amount_due) receivables, count(*) filter (where amount_due > 0 and due_date < $3) overdue_count,
            min(due_date) filter (where amount_due > 0 and due_date < $3) oldest_due
          from {Schema}.mt_doc_invoiceview
          where tenant_id = $1 and issue_date between make_date($2, 1, 1) and least($3, make_date($2, 12, 31))
          group by client_id),
        totals as (
          select sum(invoiced) invoiced, sum(overdue) overdue, sum(written_off) written_off, sum(receivables) receivables,
            sum(overdue_count) overdue_count, min(oldest_due) oldest_due, count(*) filter (where overdue + written_off > 0) clients
          from per_client),
        {TopClientsAndTheirInvoices}
        """,
    ];

    /// <summary>
    /// The same answer from the rollup per client and year (InvoiceRollups), less what is not yet due on
    /// the day, read from the open invoices. The year asked is over (last year), so nothing of it was
    /// issued after the day.
    /// </summary>
    private static readonly string[] MorosityFromRollup =
    [
        $"""
        with not_yet_due as (
          select client_id, sum(amount_due) amount, count(*) invoices from {Schema}.mt_doc_invoiceview
          where tenant_id = $1 and amount_due > 0 and due_date >= $3 and issue_date between make_date($2, 1, 1) and make_date($2, 12, 31)
          group by client_id),
        per_client as (
          select r.client_id, r.invoiced, r.open_amount - coalesce(n.amount, 0) overdue, r.written_off, r.due receivables,
            r.open_invoices - coalesce(n.invoices, 0) overdue_count
          from {Schema}.morosity_by_client_year r left join not_yet_due n using (client_id)
          where r.tenant_id = $1 and r.year = $2),
        totals as (
          select sum(invoiced) invoiced, sum(overdue) overdue, sum(written_off) written_off, sum(receivables) receivables,
            sum(overdue_count) overdue_count, count(*) filter (where overdue + written_off > 0) clients,
            (select min(due_date) from {Schema}.mt_doc_invoiceview where tenant_id = $1 and amount_due > 0 and due_date < $3
              and issue_date between make_date($2, 1, 1) and make_date($2, 12, 31)) oldest_due
          from per_client),
        {TopClientsAndTheirInvoices}
        """,
    ];

    /// <summary>The year's and the year before's net per client, the 25 largest this year with their names and totals.</summary>
    private static readonly string[] Revenue =
    [
        $"""
        select * from (
          select coalesce(c.client_id, p.client_id) client_id, coalesce(c.data ->> 'ClientName', p.data ->> 'ClientName') name,
            coalesce(c.net, 0) net, (c.data ->> 'Total')::numeric total, (c.data ->> 'InvoiceCount')::int invoices, coalesce(p.net, 0) previous
          from (select * from {Schema}.mt_doc_clientrevenue where tenant_id = $1 and year = $2) c
          full join (select * from {Schema}.mt_doc_clientrevenue where tenant_id = $1 and year = $2 - 1) p on p.client_id = c.client_id) r
        order by net desc, net - previous desc, name limit 25
        """,
        $"select coalesce(sum(net), 0) from {Schema}.mt_doc_clientrevenue where tenant_id = $1 and year = $2",
    ];

    private static readonly string[] Monthly =
    [
        $"select coalesce(sum((data ->> 'Net')::numeric) filter (where (data ->> 'Year')::int = $2), 0), json_agg(data) from {Schema}.mt_doc_monthlysales where tenant_id = $1 and (data ->> 'Year')::int in ($2, $2 - 1)",
    ];

    private static NpgsqlBatch Batch(NpgsqlDataSource db, string[] statements, string tenantId, int year, DateOnly today)
    {
        var batch = db.CreateBatch();
        foreach (var sql in statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
            command.Parameters.Add(new NpgsqlParameter { Value = year });
            command.Parameters.Add(new NpgsqlParameter { Value = today });
            batch.BatchCommands.Add(command);
        }
        return batch;
    }

    private static Func<int, int, Task> Sql(NpgsqlDataSource db, string[] statements, string tenantId, int year, DateOnly today) =>
        async (_, _) =>
        {
            await using var batch = Batch(db, statements, tenantId, year, today);
            await using var reader = await batch.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync()) _ = reader.GetValue(0);
            } while (await reader.NextResultAsync());
        };

    /// <summary>The first row of each statement's result.</summary>
    private static async Task<List<object?[]>> FirstRowsAsync(NpgsqlDataSource db, string[] statements, string tenantId, int year, DateOnly today)
    {
        await using var batch = Batch(db, statements, tenantId, year, today);
        await using var reader = await batch.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        do
        {
            if (!await reader.ReadAsync()) throw new InvalidOperationException("reports: a baseline statement returned no row");
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row.Select(v => v is DBNull ? null : v is long or int ? Convert.ToInt64(v) : v).ToArray());
        } while (await reader.NextResultAsync());
        return rows;
    }

    /// <summary>The views as the projections would build them from the history's events.</summary>
    private static async Task SeedAsync(BusinessHistory history)
    {
        await using var store = Baseline.Store();
        var views = history.Invoices.Select(i =>
        {
            var view = InvoiceViewProjection.Create(i.Issued);
            foreach (var e in i.Later)
            {
                switch (e)
                {
                    case PaymentRecorded p: InvoiceViewProjection.Apply(p, view); break;
                    case InvoiceWrittenOff w: InvoiceViewProjection.Apply(w, view); break;
                    default: throw new InvalidOperationException($"no view change for {e.GetType().Name}");
                }
            }
            view.Version = 1 + i.Later.Count;
            return view;
        }).ToList();
        await store.BulkInsertAsync(history.TenantId, views, BulkInsertMode.InsertsOnly, 5_000);
        await store.BulkInsertAsync(history.TenantId, history.Clients.Select(ClientViewProjection.Create).ToList(), BulkInsertMode.InsertsOnly, 5_000);

        var issued = history.Invoices.Select(i => i.Issued).ToList();
        var revenue = issued.GroupBy(e => ClientRevenue.IdFor(e.ClientId, e.IssueDate.Year))
            .Select(g => g.Skip(1).Aggregate(ClientRevenueProjection.Create(g.First()), (r, e) => { ClientRevenueProjection.Apply(e, r); return r; }))
            .ToList();
        await store.BulkInsertAsync(history.TenantId, revenue, BulkInsertMode.InsertsOnly, 5_000);
        var months = issued.GroupBy(e => MonthlySales.IdFor(e.IssueDate))
            .Select(g => g.Skip(1).Aggregate(MonthlySalesProjection.Create(g.First()), (m, e) => { MonthlySalesProjection.Apply(e, m); return m; }))
            .ToList();
        await store.BulkInsertAsync(history.TenantId, months, BulkInsertMode.InsertsOnly, 5_000);
        await Baseline.VacuumAsync("mt_doc_invoiceview", "mt_doc_clientview", "mt_doc_clientrevenue", "mt_doc_monthlysales",
            "open_amounts_by_due_date", "morosity_by_client_year");
    }
}
