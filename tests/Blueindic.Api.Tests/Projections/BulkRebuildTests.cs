using System.Text.Json;
using Alba;
using Blueindic.Api.EventStore;
using Blueindic.Api.Projections;
using Blueindic.Api.Tests.Support;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Blueindic.Api.Tests.Projections;

/// <summary>
/// The bulk rebuild (`rebuild-projections`) against what the API built live: inline as each command
/// committed, and by the async daemon a moment later. It rewrites every read model of its database, so
/// it runs on a host and a database of its own.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BulkRebuildTests
{
    private static readonly string[] Tables =
    [
        "mt_doc_clientview", "mt_doc_invoiceview", "mt_doc_verifacturecordview", "mt_doc_invoiceledger",
        "mt_doc_verifactusubmission", "mt_doc_monthlysales", "mt_doc_clientrevenue", "mt_doc_apikeycredential",
    ];

    /// <summary>The rollups kept by triggers on the invoice view, made again by the rebuild: their rows with something in them.</summary>
    private static readonly Dictionary<string, string> Rollups = new()
    {
        ["open_amounts_by_due_date"] = $"select concat_ws('|', tenant_id, due_date, trim_scale(amount), invoices) from {MartenSetup.Schema}.open_amounts_by_due_date " +
                                       "where invoices <> 0 or amount <> 0 order by 1",
        ["morosity_by_client_year"] = "select concat_ws('|', tenant_id, year, client_id, trim_scale(invoiced), trim_scale(written_off), trim_scale(due), " +
                                      $"trim_scale(open_amount), open_invoices) from {MartenSetup.Schema}.morosity_by_client_year " +
                                      "where (invoiced, written_off, due, open_amount, open_invoices) <> (0, 0, 0, 0, 0) order by 1",
    };

    [Fact]
    public async Task A_bulk_rebuild_gives_every_read_model_the_documents_built_live_and_the_daemon_carries_on_from_it()
    {
        var app = await AppFixture.OnFreshDatabaseAsync("blueindic_bulk_rebuild");
        try { await RebuildAsync(app); }
        finally { await app.DisposeAsync(); }
    }

    private static async Task RebuildAsync(AppFixture app)
    {
        await TwoBusinesses(app);
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var live = await RowsAsync(app);
        live.Values.Sum(rows => rows.Count).ShouldBeGreaterThan(20);

        var store = (DocumentStore)app.Host.Services.GetRequiredService<IDocumentStore>();
        var result = await BulkRebuild.RunAsync(store, CancellationToken.None);

        var rebuilt = await RowsAsync(app);
        foreach (var table in Tables.Concat(Rollups.Keys)) rebuilt[table].ShouldBe(live[table], table);
        result.Projections.Select(p => p.Name).ShouldBe(app.Host.Services.GetRequiredService<ReadModels>().All.Select(r => r.Name), ignoreOrder: true);
        (await ProgressionAsync(app)).ShouldAllBe(p => p.Value == result.HighWaterMark);

        // The daemon goes on from the rebuild's mark: a new invoice counts once in its month.
        var tenant = await app.NewTenant();
        await tenant.IssueInvoice(Invoice(await tenant.NewClient("Carmen"), "2025-03-10", 400));
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var march = (await tenant.Get("/api/reports/sales/monthly?year=2025")).ReadAsText();
        march.ShouldContain("\"net\":400");
        march.ShouldNotContain("\"net\":800");
    }

    private static object Invoice(Guid client, string date, decimal net) =>
        new { clientId = client, issueDate = date, lines = new[] { new { description = "Servicio", quantity = 1, unitPrice = net, vatRate = 21 } } };

    /// <summary>Clients changed and archived, invoices paid in parts, reversed, written off, corrected and annulled, keys issued and revoked.</summary>
    private static async Task TwoBusinesses(AppFixture app)
    {
        foreach (var name in new[] { "Estudio Uno", "Estudio Dos" })
        {
            var t = await app.NewTenant(name);
            var (ana, bea) = (await t.NewClient("Ana"), await t.NewClient("Bea"));
            static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();
            var paid = await t.IssueInvoice(Invoice(ana, "2025-01-15", 1000));
            var partly = await t.IssueInvoice(Invoice(bea, "2025-02-01", 300));
            var written = await t.IssueInvoice(Invoice(ana, "2024-06-01", 200));
            var corrected = await t.IssueInvoice(Invoice(bea, "2025-03-01", 500));
            var annulled = await t.IssueInvoice(Invoice(ana, "2025-04-01", 50));
            (await t.Post($"/api/invoices/{Id(paid)}/payments", new { amount = 400, date = "2025-02-01" })).Status().ShouldBe(200);
            (await t.Post($"/api/invoices/{Id(paid)}/payments", new { date = "2025-03-01" })).Status().ShouldBe(200);
            var reversed = (await t.Post($"/api/invoices/{Id(partly)}/payments", new { amount = 100, date = "2025-02-10" })).Json();
            var paymentId = reversed.GetProperty("payments")[0].GetProperty("id").GetGuid();
            (await t.Post($"/api/invoices/{Id(partly)}/payments/{paymentId}/reverse", new { reason = "Devuelto" })).Status().ShouldBe(200);
            (await t.Post($"/api/invoices/{Id(written)}/uncollectible", new { reason = "Cliente en concurso" })).Status().ShouldBe(200);
            (await t.Post($"/api/invoices/{Id(corrected)}/corrections", new { reason = "Factura duplicada" })).Status().ShouldBe(201);
            (await t.Post($"/api/invoices/{Id(annulled)}/annul", new { reason = "Emitida por error" })).Status().ShouldBe(200);
            (await t.Put($"/api/clients/{bea}", new { name = "Beatriz" })).Status().ShouldBe(200);
            (await t.Post($"/api/clients/{bea}/archive")).Status().ShouldBe(200);
            var key = (await app.Send(HttpMethod.Post, $"/api/admin/tenants/{t.TenantId}/keys", AppFixture.AdminKey)).Json();
            (await app.Send(HttpMethod.Delete, $"/api/admin/tenants/{t.TenantId}/keys/{key.GetProperty("keyId").GetGuid()}", AppFixture.AdminKey)).Status().ShouldBe(204);
        }
    }

    /// <summary>Every row of every read model, as jsonb text (key order normalised), but its write stamp and Marten's revision.</summary>
    private static async Task<Dictionary<string, List<string>>> RowsAsync(AppFixture app)
    {
        var rows = new Dictionary<string, List<string>>();
        await using var conn = await OpenAsync(app);
        foreach (var table in Tables)
        {
            await using var cmd = new NpgsqlCommand(
                $"select (to_jsonb(t) - 'mt_version' - 'mt_last_modified')::text from {MartenSetup.Schema}.{table} t order by tenant_id, id::text", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            var list = rows[table] = [];
            while (await reader.ReadAsync()) list.Add(reader.GetString(0));
        }
        foreach (var (table, sql) in Rollups)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            var list = rows[table] = [];
            while (await reader.ReadAsync()) list.Add(reader.GetString(0));
        }
        return rows;
    }

    private static async Task<Dictionary<string, long>> ProgressionAsync(AppFixture app)
    {
        var progression = new Dictionary<string, long>();
        await using var conn = await OpenAsync(app);
        await using var cmd = new NpgsqlCommand($"select name, last_seq_id from {MartenSetup.Schema}.mt_event_progression where name like '%:All'", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) progression[reader.GetString(0)] = reader.GetInt64(1);
        return progression;
    }

    private static async Task<NpgsqlConnection> OpenAsync(AppFixture app)
    {
        var conn = new NpgsqlConnection(((DocumentStore)app.Host.Services.GetRequiredService<IDocumentStore>()).Storage.Database.CreateConnection().ConnectionString);
        await conn.OpenAsync();
        return conn;
    }
}
