using Blueindic.Api.EventStore;
using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Blueindic.Api.Tests.Sql;

/// <summary>What the schema migration does to the rollups kept by triggers (<see cref="Api.Sql.InvoiceRollups"/>) on an upgrade.</summary>
[Collection(ApiCollection.Name)]
public sealed class InvoiceRollupsMigrationTests(AppFixture app)
{
    private const string Triggers = $"select tgname, tgfoid::regproc::text from pg_trigger where tgrelid = '{MartenSetup.Schema}.mt_doc_invoiceview'::regclass and not tgisinternal order by tgname";

    [Fact]
    public async Task A_start_that_finds_the_triggers_calling_an_older_function_recreates_them_and_makes_the_rollups_again()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient();
        var paid = (await tenant.IssueSimpleInvoice(client, "2026-05-01", "2026-06-01")).GetProperty("id").GetGuid();
        await tenant.IssueSimpleInvoice(client, "2026-05-02", "2026-06-02");
        // An older build's function, which kept nothing: the payment below leaves the rollups stale.
        var older = $"{MartenSetup.Schema}.invoice_view_rollups_older";
        await ExecuteAsync(app, $"create function {older}() returns trigger language plpgsql as $$ begin return null; end $$");
        foreach (var (trigger, _) in await RowsAsync(app, Triggers))
            await ExecuteAsync(app, $"""
                create or replace trigger {trigger} after {(trigger.EndsWith("update") ? "update" : trigger.EndsWith("truncate") ? "truncate" : "insert or delete")}
                on {MartenSetup.Schema}.mt_doc_invoiceview for each {(trigger.EndsWith("truncate") ? "statement" : "row")} execute function {older}()
                """);
        (await tenant.Post($"/api/invoices/{paid}/payments", new { amount = 121 })).Status().ShouldBe(200);

        await using (await AppFixture.StartOtherHostAsync(new Dictionary<string, string>()))
        {
            var triggers = await RowsAsync(app, Triggers);
            triggers.Select(t => t.Name).ShouldBe(["invoice_view_rollups_truncate", "invoice_view_rollups_update", "invoice_view_rollups_write"]);
            triggers.Select(t => t.Function).Distinct().Single().ShouldStartWith($"{MartenSetup.Schema}.invoice_view_rollups_");
            (await ScalarAsync(app, $"select count(*) from pg_proc where proname = 'invoice_view_rollups_older'")).ShouldBe(0L);
        }
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant.TenantId.ToString());
        await Rollups.ShouldMatchTheViewsAsync(session, "made again at start");
        (await tenant.Get("/api/receivables?asOf=2026-05-15")).Json().GetProperty("summary").GetProperty("count").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_start_that_finds_the_rollups_up_to_date_changes_nothing()
    {
        var before = await ScalarAsync(app, $"select string_agg(oid::text, ',' order by tgname) from pg_trigger where tgname like 'invoice_view_rollups_%'");
        await using (await AppFixture.StartOtherHostAsync(new Dictionary<string, string>()))
            (await ScalarAsync(app, $"select string_agg(oid::text, ',' order by tgname) from pg_trigger where tgname like 'invoice_view_rollups_%'"))
                .ShouldBe(before);
    }

    private static async Task<List<(string Name, string Function)>> RowsAsync(AppFixture app, string sql)
    {
        await using var connection = app.Host.Services.GetRequiredService<IDocumentStore>().Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }

    private static async Task ExecuteAsync(AppFixture app, string sql) => await ScalarAsync(app, sql);

    private static async Task<object?> ScalarAsync(AppFixture app, string sql)
    {
        await using var connection = app.Host.Services.GetRequiredService<IDocumentStore>().Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
