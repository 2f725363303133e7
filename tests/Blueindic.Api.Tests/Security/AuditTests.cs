using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class AuditTests(AppFixture app)
{
    private static List<JsonElement> Data(JsonElement page) => page.GetProperty("data").EnumerateArray().ToList();

    [Fact]
    public async Task The_audit_lists_the_business_facts_in_order_with_who_caused_each()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient("Ana");
        var invoice = (await tenant.IssueSimpleInvoice(client)).GetProperty("id").GetGuid();
        (await tenant.Post($"/api/invoices/{invoice}/payments", new { amount = 21 })).Status().ShouldBe(200);

        var entries = Data((await tenant.Get("/api/audit?limit=100")).Json());
        var types = entries.Select(e => e.GetProperty("type").GetString()).ToList();
        types.ShouldContain("ClientRegistered");
        types.IndexOf("ClientRegistered").ShouldBeLessThan(types.IndexOf("InvoiceIssued"));
        types.IndexOf("InvoiceIssued").ShouldBeLessThan(types.IndexOf("PaymentRecorded"));
        entries.Select(e => e.GetProperty("sequence").GetInt64()).ShouldBe(entries.Select(e => e.GetProperty("sequence").GetInt64()).Order());
        entries.ShouldAllBe(e => e.GetProperty("user").GetString() == $"key:{tenant.KeyId}");
        entries.ShouldAllBe(e => !string.IsNullOrEmpty(e.GetProperty("correlationId").GetString()));
        entries.Single(e => e.GetProperty("type").GetString() == "PaymentRecorded").GetProperty("streamId").GetGuid().ShouldBe(invoice);

        var stranger = await app.NewTenant();
        Data((await stranger.Get("/api/audit")).Json()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pages_follow_one_another_and_days_bound_the_list()
    {
        var tenant = await app.NewTenant();
        foreach (var name in new[] { "Ana", "Bea", "Cris", "Dani", "Eva" }) await tenant.NewClient(name);
        var all = Data((await tenant.Get("/api/audit?limit=100")).Json());

        var paged = new List<JsonElement>();
        var url = "/api/audit?limit=2";
        while (true)
        {
            var page = (await tenant.Get(url)).Json();
            Data(page).Count.ShouldBeLessThanOrEqualTo(2);
            paged.AddRange(Data(page));
            if (page.GetProperty("nextCursor").GetString() is not { } next) break;
            url = $"/api/audit?limit=2&cursor={next}";
        }
        paged.Select(e => e.GetProperty("sequence").GetInt64()).ShouldBe(all.Select(e => e.GetProperty("sequence").GetInt64()));
        all.Count.ShouldBe(5);

        var early = await tenant.Get("/api/audit?to=2000-12-31");
        early.Status().ShouldBe(200, early.ReadAsText());
        Data(early.Json()).ShouldBeEmpty();
        Data((await tenant.Get("/api/audit?from=2000-01-01")).Json()).Count.ShouldBe(5);
        (await tenant.Get("/api/audit?from=2026-06-02&to=2026-06-01")).ErrorFields().ShouldContain("from");
        (await tenant.Get("/api/audit?cursor=bm90LWEtbnVtYmVy")).ErrorFields().ShouldContain("cursor");
        (await tenant.Get("/api/audit?limit=0")).ErrorFields().ShouldContain("limit");
    }
}
