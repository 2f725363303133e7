using System.Diagnostics;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Receivables;
using Blueindic.Projections.Invoices;
using Npgsql;
using Weasel.Core;

namespace Blueindic.Bench;

/// <summary>
/// `receivables`: the alert list's first page and a filtered page (one client's overdue invoices)
/// over one business with many open invoices, through the API, against the equivalent SQL on the
/// read-model table through Npgsql (the page and its level totals, in one round trip). The read model
/// is seeded directly: invoice views built by the projection's own Create from generated
/// InvoiceIssued events, bulk-copied in — what is measured is the read path.
/// </summary>
internal static class ReceivablesScenario
{
    public static async Task RunAsync(HttpClient admin, Uri baseUrl, int invoices, int clients, int requests)
    {
        var tenant = await Tenants.CreateAsync(admin, baseUrl, "Bench receivables");
        var today = SpanishTime.Today(DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        var someClient = await SeedAsync(tenant.TenantId, invoices, clients, today);
        Console.WriteLine($"\nreceivables: {invoices:N0} open invoices over {clients:N0} clients, seeded in {clock.Elapsed.TotalSeconds:0.0} s (target: p99 < 20 ms, ≤ 2 × baseline)");

        await using var db = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")!);
        var window = AlertLevels.DefaultWindowDays;
        var (redFrom, redTo) = AlertLevels.DueDates(AlertLevel.Red, today, window);

        foreach (var _ in Enumerable.Range(0, 5)) { await tenant.Reads("/api/receivables")(0, 0); await Sql(db, tenant.TenantId, today, window, null, null, true)(0, 0); }
        Load.PrintHeader("");
        var (sqlBefore, sqlFirst) = await Load.CompareAsync(3, requests, 1,
            Sql(db, tenant.TenantId, today, window, null, null, false), Sql(db, tenant.TenantId, today, window, null, null, true));
        var (_, httpFirst) = await Load.CompareAsync(3, requests, 1,
            Sql(db, tenant.TenantId, today, window, null, null, true), tenant.Reads("/api/receivables"));
        Load.Print("SQL: first page + totals over every open invoice (before)", sqlBefore, sqlFirst);
        Load.Print("SQL: first page + totals from the rollup", sqlFirst, null);
        Load.Print("GET /api/receivables", httpFirst, sqlFirst);
        var (sqlFiltered, httpFiltered) = await Load.CompareAsync(3, requests, 1,
            Sql(db, tenant.TenantId, today, window, someClient, (redFrom, redTo), false), tenant.Reads($"/api/receivables?level=red&clientId={someClient}"));
        Load.Print("SQL: one client's overdue, page + totals", sqlFiltered, null);
        Load.Print("GET /api/receivables?level=red&clientId=…", httpFiltered, sqlFiltered);
        var (sqlAging, httpAging) = await Load.CompareAsync(3, requests, 1, AgingSql(db, tenant.TenantId, today), tenant.Reads("/api/receivables/aging"));
        Load.Print("SQL: aging over every open invoice, per client (before)", sqlAging, null);
        Load.Print("GET /api/receivables/aging", httpAging, sqlAging);
    }

    /// <summary>The aging report as one plain statement over the open invoices: every one read, bucketed and summed per client.</summary>
    private static Func<int, int, Task> AgingSql(NpgsqlDataSource db, string tenantId, DateOnly today) =>
        async (_, _) =>
        {
            await using var command = db.CreateCommand("""
                select client_id, sum(amount_due) filter (where due_date >= $2), sum(amount_due) filter (where due_date between $2 - 30 and $2 - 1),
                  sum(amount_due) filter (where due_date between $2 - 60 and $2 - 31), sum(amount_due) filter (where due_date between $2 - 90 and $2 - 61),
                  sum(amount_due) filter (where due_date < $2 - 90), sum(amount_due) as total
                from blueindic.mt_doc_invoiceview where tenant_id = $1 and amount_due > 0 and issue_date <= $2
                group by client_id order by total desc limit 25
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
            command.Parameters.Add(new NpgsqlParameter { Value = today });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) _ = reader.GetGuid(0);
        };

    /// <param name="fromRollup">Totals summed over the business's due dates (what the API reads since issue 19), not over its open invoices.</param>
    private static Func<int, int, Task> Sql(NpgsqlDataSource db, string tenantId, DateOnly today, int window, Guid? clientId, (DateOnly From, DateOnly To)? due,
        bool fromRollup) =>
        async (_, _) =>
        {
            var filter = "d.tenant_id = $1 and d.amount_due > 0"
                         + (clientId is null ? "" : " and d.client_id = $4")
                         + (due is null ? "" : " and d.due_date between $5 and $6");
            await using var batch = db.CreateBatch();
            void Add(string sql)
            {
                var command = new NpgsqlBatchCommand(sql);
                command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
                command.Parameters.Add(new NpgsqlParameter { Value = today });
                command.Parameters.Add(new NpgsqlParameter { Value = today.AddDays(window - 1) });
                command.Parameters.Add(new NpgsqlParameter { Value = clientId ?? Guid.Empty });
                command.Parameters.Add(new NpgsqlParameter { Value = due?.From ?? DateOnly.MinValue });
                command.Parameters.Add(new NpgsqlParameter { Value = due?.To ?? DateOnly.MaxValue });
                batch.BatchCommands.Add(command);
            }
            Add($"select d.data from blueindic.mt_doc_invoiceview d where {filter} " +
                "order by d.due_date, d.data ->> 'Number' limit 26");
            Add("select sum(n) filter (where due < $2), sum(amount) filter (where due < $2), " +
                "sum(n) filter (where due between $2 and $3), sum(amount) filter (where due between $2 and $3), " +
                "sum(n) filter (where due > $3), sum(amount) filter (where due > $3) " +
                (fromRollup
                    ? "from (select r.due_date due, r.amount, r.invoices n from blueindic.open_amounts_by_due_date r where r.tenant_id = $1) x"
                    : $"from (select d.due_date due, d.amount_due amount, 1 n from blueindic.mt_doc_invoiceview d where {filter}) x"));
            await using var reader = await batch.ExecuteReaderAsync();
            while (await reader.ReadAsync()) _ = reader.GetString(0);
            await reader.NextResultAsync();
            await reader.ReadAsync();
        };

    /// <summary>Generated invoices, oldest first, over the last two years; due 30–90 days after issue, so most are overdue.</summary>
    private static async Task<Guid> SeedAsync(string tenantId, int invoices, int clients, DateOnly today)
    {
        await using var store = Baseline.Store();
        var clientIds = Enumerable.Range(0, clients).Select(_ => Guid.CreateVersion7()).ToArray();
        var issuer = new PartySnapshot("Bench SL", null, "B64717838", null);
        var ledger = InvoiceLedger.Create(new InvoiceLedgerOpened(InvoiceLedger.StreamIdFor(tenantId)));
        var lines = new List<LineInput> { new("Servicio", 1, 100, 0, 21) };
        var views = new List<InvoiceView>(10_000);
        for (var i = 0; i < invoices; i++)
        {
            var issue = today.AddDays(-730 + (int)((long)i * 730 / invoices));
            var client = i % clients;
            var request = new IssueRequest(Guid.CreateVersion7(), "F", issue, issue.AddDays(30 + client % 3 * 30), 0, null, lines);
            var (issued, numbered) = InvoiceDecisions.Issue(ledger, request, clientIds[client],
                new PartySnapshot($"Cliente {client:0000}", null, null, Address.Empty), false, issuer, DateTimeOffset.UtcNow);
            ledger = ledger.Apply(numbered);
            views.Add(InvoiceViewProjection.Create(issued));
            if (views.Count < 10_000 && i < invoices - 1) continue;
            await store.BulkInsertAsync(tenantId, views, BulkInsertMode.InsertsOnly, 5_000);
            views.Clear();
        }
        await Baseline.VacuumAsync("mt_doc_invoiceview", "open_amounts_by_due_date", "morosity_by_client_year");
        return clientIds[0];
    }
}
