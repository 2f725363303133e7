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
    [Fact]
    public async Task A_start_that_finds_the_rollup_function_changed_replaces_it_keeps_its_triggers_and_makes_the_rollups_again()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient();
        var paid = (await tenant.IssueSimpleInvoice(client, "2026-05-01", "2026-06-01")).GetProperty("id").GetGuid();
        await tenant.IssueSimpleInvoice(client, "2026-05-02", "2026-06-02");
        // An older build's function that kept nothing: the payment below leaves the rollups stale.
        await ExecuteAsync(app, $"create or replace function {MartenSetup.Schema}.invoice_view_rollups() returns trigger language plpgsql as $$ begin return null; end $$");
        (await tenant.Post($"/api/invoices/{paid}/payments", new { amount = 121 })).Status().ShouldBe(200);

        await using (await AppFixture.StartOtherHostAsync(new Dictionary<string, string>()))
        {
            (await ScalarAsync(app, $"select count(*) from pg_trigger where tgrelid = '{MartenSetup.Schema}.mt_doc_invoiceview'::regclass and not tgisinternal"))
                .ShouldBe(3L);
            await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant.TenantId.ToString());
            await Rollups.ShouldMatchTheViewsAsync(session, "made again at start");
            (await tenant.Get("/api/receivables?asOf=2026-05-15")).Json().GetProperty("summary").GetProperty("count").GetInt32().ShouldBe(1);
        }
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
