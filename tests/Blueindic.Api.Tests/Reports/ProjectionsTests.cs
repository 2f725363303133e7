using Blueindic.Api.Tests.Support;
using Blueindic.Projections.Invoices;
using Blueindic.Projections.Reports;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Reports;

[Collection(ApiCollection.Name)]
public sealed class ProjectionsTests(AppFixture app)
{
    private static readonly string[] Reports =
    [
        "/api/reports/sales/monthly?year=2025&compareYear=2024",
        "/api/reports/clients/revenue?year=2025&compareYear=2024",
        "/api/reports/morosity?year=2025&asOf=2025-12-31",
        "/api/receivables/aging?asOf=2025-12-31",
    ];

    private async Task<TestTenant> Business()
    {
        var t = await app.NewTenant();
        var (ana, bea) = (await t.NewClient("Ana"), await t.NewClient("Bea"));
        object Invoice(Guid c, string date, decimal net) => new { clientId = c, issueDate = date, lines = new[] { new { description = "x", quantity = 1, unitPrice = net, vatRate = 21 } } };
        await t.IssueInvoice(Invoice(ana, "2024-04-01", 800));
        await t.IssueInvoice(Invoice(bea, "2024-09-01", 300));
        var late = await t.IssueInvoice(Invoice(ana, "2025-02-01", 1200));
        await t.Post($"/api/invoices/{late.GetProperty("id").GetGuid()}/payments", new { amount = 500, date = "2025-04-15" });
        await t.IssueInvoice(Invoice(bea, "2025-10-01", 90));
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        return t;
    }

    private static async Task<string[]> Snapshot(TestTenant tenant) =>
        await Task.WhenAll(Reports.Select(async url => (await tenant.Get(url)).ReadAsText()));

    [Fact]
    public async Task Dropped_read_models_rebuilt_from_the_events_give_identical_reports()
    {
        var tenant = await Business();
        var before = await Snapshot(tenant);

        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        foreach (var type in new[] { typeof(MonthlySales), typeof(ClientRevenue), typeof(InvoiceView) })
            await store.Advanced.Clean.DeleteDocumentsByTypeAsync(type);
        (await tenant.Get("/api/reports/clients/revenue?year=2025&compareYear=2024")).Json().GetProperty("data").GetArrayLength().ShouldBe(0);

        var daemon = app.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync<InvoiceViewProjection>(TimeSpan.FromMinutes(2), CancellationToken.None);
        await daemon.RebuildProjectionAsync<MonthlySalesProjection>(TimeSpan.FromMinutes(2), CancellationToken.None);
        await daemon.RebuildProjectionAsync<ClientRevenueProjection>(TimeSpan.FromMinutes(2), CancellationToken.None);
        // A rebuild in the running daemon leaves the async shards stopped: start them again, as an operator would.
        foreach (var shard in new[] { "MonthlySales:All", "ClientRevenue:All" })
        {
            await daemon.StartAgentAsync(shard, CancellationToken.None);
            await daemon.WaitForShardToBeRunning(shard, TimeSpan.FromSeconds(30));
        }

        var after = await Snapshot(tenant);
        after.ShouldBe(before);
        after[1].ShouldContain("\"net\":1200");
    }

    [Fact]
    public async Task The_projections_status_lists_each_read_model_with_its_lag_for_the_admin_only()
    {
        var tenant = await Business();
        (await tenant.Get("/api/projections")).Status().ShouldBe(403);

        var status = (await app.Send(HttpMethod.Get, "/api/projections", AppFixture.AdminKey)).Json().EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!);
        status.Keys.ShouldBe(["ClientView", "ApiKeyCredential", "InvoiceView", "VerifactuRecordView", "InvoiceLedger", "VerifactuSubmission",
            "MonthlySales", "ClientRevenue"],
            ignoreOrder: true);
        status["InvoiceView"].GetProperty("lifecycle").GetString().ShouldBe("inline");
        status["MonthlySales"].GetProperty("lifecycle").GetString().ShouldBe("async");
        status["MonthlySales"].GetProperty("lag").GetInt64().ShouldBe(0);
        status["MonthlySales"].GetProperty("sequence").GetInt64().ShouldBeGreaterThan(0);
    }
}
