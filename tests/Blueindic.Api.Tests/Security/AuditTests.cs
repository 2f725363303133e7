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
        entries.Select(e => e.GetProperty("id").GetGuid()).ShouldBeUnique();
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
        paged.Select(e => e.GetProperty("id").GetGuid()).ShouldBe(all.Select(e => e.GetProperty("id").GetGuid()));
        all.Count.ShouldBe(5);

        var early = await tenant.Get("/api/audit?to=2000-12-31");
        early.Status().ShouldBe(200, early.ReadAsText());
        Data(early.Json()).ShouldBeEmpty();
        Data((await tenant.Get("/api/audit?from=2000-01-01")).Json()).Count.ShouldBe(5);
        (await tenant.Get("/api/audit?from=2026-06-02&to=2026-06-01")).ErrorFields().ShouldContain("from");
        (await tenant.Get("/api/audit?cursor=bm90LWEtbnVtYmVy")).ErrorFields().ShouldContain("cursor");
        (await tenant.Get("/api/audit?limit=0")).ErrorFields().ShouldContain("limit");
    }

    private static string Decoded(string cursor)
    {
        var b64 = cursor.Replace('-', '+').Replace('_', '/');
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(b64 + new string('=', (4 - b64.Length % 4) % 4)));
    }

    /// <summary>Each page of one entry, following nextCursor: the entries and the cursors that led past each.</summary>
    private static async Task<(List<JsonElement> Entries, List<string> Cursors)> PageByOne(TestTenant tenant)
    {
        var (entries, cursors) = (new List<JsonElement>(), new List<string>());
        var url = "/api/audit?limit=1";
        while (true)
        {
            var page = (await tenant.Get(url)).Json();
            entries.AddRange(Data(page));
            if (page.GetProperty("nextCursor").GetString() is not { } next) return (entries, cursors);
            cursors.Add(next);
            url = $"/api/audit?limit=1&cursor={next}";
        }
    }

    [Fact]
    public async Task Nothing_in_the_audit_counts_another_business_facts()
    {
        var (one, other) = (await app.NewTenant(), await app.NewTenant());
        await one.NewClient("Ana");
        foreach (var name in new[] { "Bea", "Cris", "Dani" }) await other.NewClient(name);
        await one.NewClient("Eva");
        foreach (var name in new[] { "Fede", "Gema" }) await other.NewClient(name);
        await one.NewClient("Hugo");

        var (entries, cursors) = await PageByOne(one);
        entries.Select(e => e.GetProperty("data").GetProperty("details").GetProperty("name").GetString()).ShouldBe(["Ana", "Eva", "Hugo"]);
        // No store-wide position in an entry: only its own id, stream and place in the stream.
        foreach (var entry in entries)
            entry.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "streamId", "version", "type", "timestamp", "user", "correlationId", "causationId", "data"]);
        // Each cursor names the fact it follows, by what this business already sees of it: nothing else.
        cursors.Select(Decoded).ShouldBe(entries.Take(2).Select(e => $"{e.GetProperty("streamId").GetGuid():N}:{e.GetProperty("version").GetInt64()}"));

        // Another business's cursor (or a fact this one does not have) is not a cursor here.
        var (_, othersCursors) = await PageByOne(other);
        othersCursors.Count.ShouldBe(4);
        foreach (var cursor in othersCursors) (await one.Get($"/api/audit?cursor={cursor}")).ErrorFields().ShouldBe(["cursor"]);
        var beyond = System.Text.Encoding.UTF8.GetBytes($"{entries[0].GetProperty("streamId").GetGuid():N}:2");
        (await one.Get($"/api/audit?cursor={Convert.ToBase64String(beyond).TrimEnd('=').Replace('+', '-').Replace('/', '_')}")).ErrorFields().ShouldBe(["cursor"]);
    }
}
