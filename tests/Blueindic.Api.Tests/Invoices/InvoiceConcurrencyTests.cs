using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Invoices;

[Collection(ApiCollection.Name)]
public sealed class InvoiceConcurrencyTests(AppFixture app)
{
    [Fact]
    public async Task Fifty_concurrent_payments_never_collect_more_than_the_total()
    {
        var tenant = await app.NewTenant();
        var invoice = await tenant.IssueSimpleInvoice(await tenant.NewClient());
        var id = invoice.GetProperty("id").GetGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            tenant.Post($"/api/invoices/{id}/payments", new { amount = 10 })));

        results.ShouldAllBe(r => r.Status() == 200 || r.Status() == 409);
        var acknowledged = results.Count(r => r.Status() == 200);
        acknowledged.ShouldBeGreaterThan(0);
        acknowledged.ShouldBeLessThanOrEqualTo(12);   // 12 × 10 ≤ 121 < 13 × 10

        var view = await tenant.Invoice(id);
        view.GetProperty("payments").GetArrayLength().ShouldBe(acknowledged);
        view.GetProperty("amountPaid").GetDecimal().ShouldBe(10m * acknowledged);
        view.GetProperty("amountPaid").GetDecimal().ShouldBeLessThanOrEqualTo(121m);
        (await tenant.HistoryOf($"/api/invoices/{id}/history")).Count(h => h.GetProperty("type").GetString() == "PaymentRecorded")
            .ShouldBe(acknowledged);
    }

    [Fact]
    public async Task A_stale_If_Match_on_a_payment_is_412()
    {
        var tenant = await app.NewTenant();
        var id = (await tenant.IssueSimpleInvoice(await tenant.NewClient())).GetProperty("id").GetGuid();
        (await tenant.Post($"/api/invoices/{id}/payments", new { amount = 1 }, new Dictionary<string, string> { ["If-Match"] = "\"1\"" })).Status().ShouldBe(200);
        (await tenant.Post($"/api/invoices/{id}/payments", new { amount = 1 }, new Dictionary<string, string> { ["If-Match"] = "\"1\"" })).Status().ShouldBe(412);
    }

    [Fact]
    public async Task A_hundred_concurrent_issues_in_one_series_are_numbered_1_to_100_and_chained_once()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient();

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => tenant.Post("/api/invoices", new
        {
            clientId, series = "C", issueDate = "2026-06-15",
            lines = new[] { new { description = "Concurrente", quantity = 1, unitPrice = 1, vatRate = 21 } },
        })));

        results.ShouldAllBe(r => r.Status() == 201);
        var numbers = results.Select(r => r.Json().GetProperty("number").GetString()!).Order().ToList();
        numbers.ShouldBe(Enumerable.Range(1, 100).Select(n => $"C-2026-{n:0000}").ToList());

        var verification = (await tenant.Get("/api/verifactu/verify")).Json();
        verification.GetProperty("valid").GetBoolean().ShouldBeTrue();
        verification.GetProperty("records").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task Concurrent_corrections_payments_and_write_offs_of_one_business_keep_its_rollups_exact()
    {
        var tenant = await app.NewTenant();
        var clients = new[] { await tenant.NewClient("Alfa"), await tenant.NewClient("Beta") };
        // Two due dates shared by every invoice: each command below moves one or two of the same few rollup rows.
        var invoices = new List<Guid>();
        for (var i = 0; i < 12; i++)
            invoices.Add((await tenant.IssueSimpleInvoice(clients[i % 2], "2026-05-01", i % 3 == 0 ? "2026-06-01" : "2026-07-01"))
                .GetProperty("id").GetGuid());

        // One command per invoice, all at once: no two race on one stream, all move the same rollup rows.
        var commands = invoices.Select((id, i) => (i % 4) switch
        {
            0 => tenant.Post($"/api/invoices/{id}/corrections", new { reason = "Duplicada" }),
            1 => tenant.Post($"/api/invoices/{id}/corrections", new
            {
                reason = "Descuento", lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -10, vatRate = 21 } },
            }),
            2 => tenant.Post($"/api/invoices/{id}/uncollectible", new { reason = "Impagada" }),
            _ => tenant.Post($"/api/invoices/{id}/payments", new { amount = 50 }),
        }).ToList();
        var results = await Task.WhenAll(commands);

        results.Select(r => r.Status()).ShouldBe(invoices.Select((_, i) => i % 4 < 2 ? 201 : 200),
            string.Join("\n", results.Select(r => $"{r.Status()} {r.ReadAsText()}")));
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession(tenant.TenantId.ToString());
        await Rollups.ShouldMatchTheViewsAsync(session);
    }
}
