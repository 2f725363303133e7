using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Marten.Events;

namespace Blueindic.Api.Tests.Invoices;

[Collection(ApiCollection.Name)]
public sealed class AnnulInvoiceTests(AppFixture app)
{
    private static Guid Id(JsonElement invoice) => invoice.GetProperty("id").GetGuid();
    private static decimal Dec(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
    private static List<string> Numbers(JsonElement list) => list.EnumerateArray().Select(r => r.GetProperty("number").GetString()!).ToList();
    private static object Lines(decimal price) => new[] { new { description = "Obra", quantity = 1, unitPrice = price, vatRate = 21 } };

    [Fact]
    public async Task An_invoice_issued_by_mistake_is_annulled_keeps_its_history_and_leaves_every_list_and_report()
    {
        var t = await app.NewTenant();
        var client = (await t.RegisterClient(new { name = "Constructora Norte", taxId = "A58818501" })).GetProperty("id").GetGuid();
        var kept = await t.IssueInvoice(new { clientId = client, issueDate = "2026-02-01", dueDate = "2026-03-01", lines = Lines(3000) });
        var mistaken = await t.IssueInvoice(new { clientId = client, issueDate = "2026-02-02", dueDate = "2026-03-01", lines = Lines(3000) });

        var annul = await t.Post($"/api/invoices/{Id(mistaken)}/annul", new { reason = "Duplicada de la anterior" },
            new Dictionary<string, string> { ["If-Match"] = "\"1\"" });
        annul.Status().ShouldBe(200, annul.ReadAsText());
        var annulled = annul.Json();
        (annulled.GetProperty("status").GetString(), Dec(annulled, "amountDue"), annulled.GetProperty("overdue").GetBoolean())
            .ShouldBe(("annulled", 0m, false));
        annulled.GetProperty("annulment").GetProperty("reason").GetString().ShouldBe("Duplicada de la anterior");
        annulled.GetProperty("annulment").GetProperty("position").GetInt64().ShouldBe(3);
        annul.Header("ETag").ShouldBe("\"2\"");
        (await t.HistoryOf($"/api/invoices/{Id(mistaken)}/history")).Select(h => h.GetProperty("type").GetString())
            .ShouldBe(["InvoiceIssued", "InvoiceAnnulled"]);

        // The chain: an anulación at position 3 naming the annulled invoice, and it holds.
        var records = (await t.Get("/api/verifactu/records")).Json().GetProperty("data").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("recordType").GetString()).ShouldBe(["alta", "alta", "anulacion"]);
        (records[2].GetProperty("invoiceId").GetGuid(), records[2].GetProperty("number").GetString(), records[2].GetProperty("previousHash").GetString())
            .ShouldBe((Id(mistaken), mistaken.GetProperty("number").GetString(), records[1].GetProperty("hash").GetString()));
        (await t.Get("/api/verifactu/verify")).Json().GetProperty("valid").GetBoolean().ShouldBeTrue();

        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var keptNumber = kept.GetProperty("number").GetString()!;
        var open = Numbers((await t.Get("/api/receivables?asOf=2026-06-15")).Json().GetProperty("data"));
        open.ShouldContain(keptNumber);
        open.ShouldNotContain(mistaken.GetProperty("number").GetString());
        Dec((await t.Get("/api/reports/morosity?year=2026&asOf=2026-06-15")).Json(), "invoiced").ShouldBe(3630m);
        var modelo347 = (await t.Get("/api/reports/modelo347?year=2026")).Json().GetProperty("data").EnumerateArray().Single();
        Dec(modelo347, "total").ShouldBe(3630m);
        var february = (await t.Get("/api/reports/sales/monthly?year=2026")).Json().GetProperty("months")[1];
        (Dec(february, "net"), february.GetProperty("invoiceCount").GetInt32()).ShouldBe((3000m, 1));
        Dec((await t.Get("/api/reports/clients/revenue?year=2026")).Json().GetProperty("data")[0], "net").ShouldBe(3000m);
        // Still listed among the invoices, as annulled; the next record chains on the anulación.
        (await t.Invoice(Id(mistaken))).GetProperty("status").GetString().ShouldBe("annulled");
        var next = await t.IssueSimpleInvoice(client);
        next.GetProperty("verifactu").GetProperty("previousHash").GetString().ShouldBe(records[2].GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Annulling_is_refused_once_the_invoice_was_paid_corrected_or_annulled_and_appends_nothing()
    {
        var t = await app.NewTenant();
        var client = await t.NewClient();
        var paid = Id(await t.IssueSimpleInvoice(client));
        (await t.Post($"/api/invoices/{paid}/payments", new { amount = 10 })).Status().ShouldBe(200);
        var corrected = Id(await t.IssueSimpleInvoice(client));
        var corrective = (await t.Post($"/api/invoices/{corrected}/corrections", new { reason = "Error de importe" })).Json();
        var annulled = Id(await t.IssueSimpleInvoice(client));
        (await t.Post($"/api/invoices/{annulled}/annul", new { reason = "Duplicada" })).Status().ShouldBe(200);

        foreach (var id in new[] { paid, corrected, Id(corrective), annulled })
        {
            var refused = await t.Post($"/api/invoices/{id}/annul", new { reason = "Duplicada" });
            refused.Status().ShouldBe(409, refused.ReadAsText());
            refused.Header("Content-Type").ShouldStartWith("application/problem+json");
        }
        (await t.Post($"/api/invoices/{annulled}/payments", new { amount = 10 })).Status().ShouldBe(409);
        (await t.Post($"/api/invoices/{annulled}/corrections", new { reason = "Tarde" })).Status().ShouldBe(409);
        (await t.Post($"/api/invoices/{paid}/annul", new { reason = "" })).ErrorFields().ShouldBe(["reason"]);
        (await t.Post($"/api/invoices/{paid}/annul", new { reason = new string('x', 501) })).ErrorFields().ShouldBe(["reason"]);
        (await t.Post($"/api/invoices/{Guid.NewGuid()}/annul", new { reason = "Duplicada" })).Status().ShouldBe(404);
        (await t.Post($"/api/invoices/{paid}/annul", new { reason = "Duplicada" }, new Dictionary<string, string> { ["If-Match"] = "\"1\"" }))
            .Status().ShouldBe(412);

        // Four altas, a corrective and one anulación: nothing more was chained.
        (await t.Get("/api/verifactu/verify")).Json().GetProperty("records").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task A_corrective_carries_the_type_of_its_ground()
    {
        var t = await app.NewTenant();
        var client = await t.NewClient();
        var original = Id(await t.IssueSimpleInvoice(client));
        var r2 = await t.Post($"/api/invoices/{original}/corrections",
            new { reason = "Cliente en concurso", ground = "insolvency", lines = new[] { new { description = "Base", quantity = -1, unitPrice = 50, vatRate = 21 } } });
        r2.Status().ShouldBe(201, r2.ReadAsText());
        (r2.Json().GetProperty("verifactu").GetProperty("invoiceType").GetString(), r2.Json().GetProperty("corrects").GetProperty("ground").GetString())
            .ShouldBe(("R2", "insolvency"));
        var r1 = (await t.Post($"/api/invoices/{original}/corrections",
            new { reason = "Descuento", lines = new[] { new { description = "Dto", quantity = -1, unitPrice = 10, vatRate = 21 } } })).Json();
        (r1.GetProperty("verifactu").GetProperty("invoiceType").GetString(), r1.GetProperty("corrects").GetProperty("ground").GetString())
            .ShouldBe(("R1", "error"));
        (await t.Post($"/api/invoices/{original}/corrections", new { reason = "x", ground = "simplified" })).Status().ShouldBe(400);
        (await t.Get("/api/verifactu/verify")).Json().GetProperty("valid").GetBoolean().ShouldBeTrue();
    }
}
