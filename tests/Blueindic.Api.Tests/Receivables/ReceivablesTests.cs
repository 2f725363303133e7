using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Receivables;

[Collection(ApiCollection.Name)]
public sealed class ReceivablesTests(AppFixture app)
{
    // Every case is judged against a fixed asOf day, so the tests do not depend on today.
    private const string AsOf = "2026-06-15";

    private static List<string> Numbers(JsonElement page) =>
        page.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("number").GetString()!).ToList();

    private static (int Count, decimal Amount) Level(JsonElement page, string level)
    {
        var l = page.GetProperty("summary").GetProperty("byLevel").GetProperty(level);
        return (l.GetProperty("count").GetInt32(), l.GetProperty("amount").GetDecimal());
    }

    /// <summary>Four open invoices of 121 €: overdue, due on asOf, due on the 7th day (asOf + 6), due after the window.</summary>
    private async Task<(TestTenant Tenant, Guid ClientId, JsonElement[] Invoices)> FourOpenInvoices()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient("Bodegas Luna");
        var invoices = new[]
        {
            await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-05-01", dueDate: "2026-06-14"),
            await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-05-02", dueDate: AsOf),
            await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-05-03", dueDate: "2026-06-21"),
            await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-05-04", dueDate: "2026-06-22"),
        };
        return (tenant, clientId, invoices);
    }

    [Fact]
    public async Task Open_invoices_are_coloured_by_due_date_and_ordered_by_it()
    {
        var (tenant, _, invoices) = await FourOpenInvoices();
        var page = (await tenant.Get($"/api/receivables?asOf={AsOf}")).Json();

        Numbers(page).ShouldBe(invoices.Select(i => i.GetProperty("number").GetString()!).ToList());
        var rows = page.GetProperty("data").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("level").GetString()).ShouldBe(["red", "orange", "orange", "green"]);
        rows.Select(r => r.GetProperty("daysToDue").GetInt32()).ShouldBe([-1, 0, 6, 7]);
        rows.Select(r => r.GetProperty("daysOverdue").GetInt32()).ShouldBe([1, 0, 0, 0]);
        rows[0].GetProperty("clientName").GetString().ShouldBe("Bodegas Luna");

        var summary = page.GetProperty("summary");
        (summary.GetProperty("count").GetInt32(), summary.GetProperty("amountDue").GetDecimal(), summary.GetProperty("overdueAmount").GetDecimal())
            .ShouldBe((4, 484m, 121m));
        (Level(page, "red"), Level(page, "orange"), Level(page, "green")).ShouldBe(((1, 121m), (2, 242m), (1, 121m)));
        page.GetProperty("alertWindowDays").GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task Settled_cancelled_and_written_off_invoices_leave_the_list_at_once()
    {
        var (tenant, _, invoices) = await FourOpenInvoices();
        Guid Id(int i) => invoices[i].GetProperty("id").GetGuid();
        await tenant.Post($"/api/invoices/{Id(0)}/payments", new { amount = 21 });
        await tenant.Post($"/api/invoices/{Id(1)}/payments");
        await tenant.Post($"/api/invoices/{Id(2)}/corrections", new { reason = "Duplicada" });
        await tenant.Post($"/api/invoices/{Id(3)}/uncollectible", new { reason = "Perdida" });

        var page = (await tenant.Get($"/api/receivables?asOf={AsOf}")).Json();
        Numbers(page).ShouldBe([invoices[0].GetProperty("number").GetString()!]);
        page.GetProperty("data")[0].GetProperty("amountDue").GetDecimal().ShouldBe(100m);
        page.GetProperty("summary").GetProperty("amountDue").GetDecimal().ShouldBe(100m);
    }

    [Fact]
    public async Task Filters_page_and_keep_the_summary_over_the_whole_filtered_set()
    {
        var (tenant, clientId, invoices) = await FourOpenInvoices();
        var other = await tenant.NewClient("Otro");
        var otherInvoice = await tenant.IssueSimpleInvoice(other, issueDate: "2026-05-05", dueDate: "2026-06-10");

        Numbers((await tenant.Get($"/api/receivables?asOf={AsOf}&level=red")).Json())
            .ShouldBe([otherInvoice.GetProperty("number").GetString()!, invoices[0].GetProperty("number").GetString()!]);
        Numbers((await tenant.Get($"/api/receivables?asOf={AsOf}&level=green")).Json()).ShouldBe([invoices[3].GetProperty("number").GetString()!]);
        (await tenant.Get("/api/receivables?level=orange&asOf=9999-12-31")).ErrorFields().ShouldContain("asOf");
        (await tenant.Get("/api/receivables?level=red&asOf=0001-01-01")).ErrorFields().ShouldContain("asOf");

        var orange = (await tenant.Get($"/api/receivables?asOf={AsOf}&level=orange")).Json();
        Numbers(orange).ShouldBe([invoices[1].GetProperty("number").GetString()!, invoices[2].GetProperty("number").GetString()!]);
        var orangeTotals = orange.GetProperty("summary");
        (orangeTotals.GetProperty("count").GetInt32(), orangeTotals.GetProperty("amountDue").GetDecimal(), orangeTotals.GetProperty("overdueAmount").GetDecimal())
            .ShouldBe((2, 242m, 0m));
        orangeTotals.GetProperty("byLevel").GetProperty("orange").GetProperty("count").GetInt32().ShouldBe(2);
        orangeTotals.GetProperty("byLevel").GetProperty("red").GetProperty("count").GetInt32().ShouldBe(0);
        var otherRed = (await tenant.Get($"/api/receivables?asOf={AsOf}&level=red&clientId={other}")).Json().GetProperty("summary");
        (otherRed.GetProperty("count").GetInt32(), otherRed.GetProperty("overdueAmount").GetDecimal()).ShouldBe((1, 121m));
        (await tenant.Get($"/api/receivables?asOf={AsOf}&clientId={other}")).Json().GetProperty("data").GetArrayLength().ShouldBe(1);

        var first = (await tenant.Get($"/api/receivables?asOf={AsOf}&clientId={clientId}&limit=3")).Json();
        first.GetProperty("data").GetArrayLength().ShouldBe(3);
        first.GetProperty("summary").GetProperty("count").GetInt32().ShouldBe(4);
        var second = (await tenant.Get($"/api/receivables?asOf={AsOf}&clientId={clientId}&limit=3&cursor={first.GetProperty("nextCursor").GetString()}")).Json();
        Numbers(second).ShouldBe([invoices[3].GetProperty("number").GetString()!]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);

        (await tenant.Get("/api/receivables?level=purple")).ErrorFields().ShouldContain("level");
        (await tenant.Get("/api/receivables?cursor=bm9wZQ")).ErrorFields().ShouldContain("cursor");
    }

    [Fact]
    public async Task The_alert_window_is_the_tenants_own_and_moves_the_orange_band()
    {
        var (tenant, _, _) = await FourOpenInvoices();
        (await tenant.Get("/api/settings/alerts")).Json().GetProperty("alertWindowDays").GetInt32().ShouldBe(7);

        (await tenant.Put("/api/settings/alerts", new { alertWindowDays = 91 })).ErrorFields().ShouldContain("alertWindowDays");
        (await tenant.Put("/api/settings/alerts", new { alertWindowDays = 0 })).ErrorFields().ShouldContain("alertWindowDays");
        var changed = await tenant.Put("/api/settings/alerts", new { alertWindowDays = 8 });
        changed.Status().ShouldBe(200, changed.ReadAsText());
        (await tenant.Get("/api/settings/alerts")).Json().GetProperty("alertWindowDays").GetInt32().ShouldBe(8);

        var page = (await tenant.Get($"/api/receivables?asOf={AsOf}")).Json();
        (Level(page, "orange").Count, Level(page, "green").Count).ShouldBe((3, 0));

        var otherTenant = await app.NewTenant();
        (await otherTenant.Get("/api/settings/alerts")).Json().GetProperty("alertWindowDays").GetInt32().ShouldBe(7);
        (await otherTenant.Get($"/api/receivables?asOf={AsOf}")).Json().GetProperty("summary").GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Aging_buckets_by_days_past_due_overall_and_per_client()
    {
        var tenant = await app.NewTenant();
        var ana = await tenant.NewClient("Ana");
        var bea = await tenant.NewClient("Bea");
        await tenant.IssueSimpleInvoice(ana, issueDate: "2026-01-02", dueDate: "2026-03-01");   // 106 days late on 2026-06-15
        await tenant.IssueSimpleInvoice(bea, issueDate: "2026-01-03", dueDate: "2026-04-16");   // 60
        await tenant.IssueSimpleInvoice(bea, issueDate: "2026-01-04", dueDate: "2026-05-16");   // 30
        await tenant.IssueSimpleInvoice(ana, issueDate: "2026-01-05", dueDate: "2026-06-15");   // due today: not yet due
        await tenant.IssueSimpleInvoice(bea, issueDate: "2026-01-05", dueDate: "2026-09-01");   // not yet due
        var paid = await tenant.IssueSimpleInvoice(ana, issueDate: "2026-01-06", dueDate: "2026-02-01");
        await tenant.Post($"/api/invoices/{paid.GetProperty("id").GetGuid()}/payments");

        var aging = (await tenant.Get($"/api/receivables/aging?asOf={AsOf}")).Json();
        var total = aging.GetProperty("total");
        (total.GetProperty("notDue").GetDecimal(), total.GetProperty("days1To30").GetDecimal(), total.GetProperty("days31To60").GetDecimal(),
            total.GetProperty("days61To90").GetDecimal(), total.GetProperty("over90").GetDecimal(), total.GetProperty("total").GetDecimal())
            .ShouldBe((242m, 121m, 121m, 0m, 121m, 605m));
        var clients = aging.GetProperty("clients").EnumerateArray().ToList();
        clients.Select(c => (c.GetProperty("clientName").GetString(), c.GetProperty("buckets").GetProperty("total").GetDecimal()))
            .ShouldBe([("Bea", 363m), ("Ana", 242m)]);   // largest total first, not by name
        clients[1].GetProperty("buckets").GetProperty("over90").GetDecimal().ShouldBe(121m);
        clients[0].GetProperty("buckets").GetProperty("days31To60").GetDecimal().ShouldBe(121m);
    }

    [Fact]
    public async Task A_past_asOf_shows_only_invoices_issued_by_then_in_every_receivables_report()
    {
        var tenant = await app.NewTenant();
        var ana = await tenant.NewClient("Ana");
        var bea = await tenant.NewClient("Bea");
        var before = await tenant.IssueSimpleInvoice(ana, issueDate: "2026-03-01", dueDate: "2026-04-01");
        await tenant.IssueSimpleInvoice(ana, issueDate: "2026-04-11", dueDate: "2026-04-20");   // issued after asOf
        await tenant.IssueSimpleInvoice(bea, issueDate: "2026-05-01", dueDate: "2026-05-31");   // issued after asOf, its client only then
        const string past = "2026-04-10";

        var page = (await tenant.Get($"/api/receivables?asOf={past}")).Json();
        Numbers(page).ShouldBe([before.GetProperty("number").GetString()!]);
        (page.GetProperty("summary").GetProperty("count").GetInt32(), page.GetProperty("summary").GetProperty("amountDue").GetDecimal()).ShouldBe((1, 121m));
        Level(page, "red").ShouldBe((1, 121m));
        Numbers((await tenant.Get($"/api/receivables?asOf={past}&level=green")).Json()).ShouldBeEmpty();

        var aging = (await tenant.Get($"/api/receivables/aging?asOf={past}")).Json();
        (aging.GetProperty("total").GetProperty("total").GetDecimal(), aging.GetProperty("clients").GetArrayLength()).ShouldBe((121m, 1));

        var sheet = Sheets.ReadExcel(await tenant.Download($"/api/receivables/export?asOf={past}"));
        sheet.Skip(1).Select(r => (string?)r[0]).ShouldBe([before.GetProperty("number").GetString()]);

        // Morosity, on the same day, counts the same invoices.
        var morosity = (await tenant.Get($"/api/reports/morosity?year=2026&asOf={past}")).Json();
        (morosity.GetProperty("invoiced").GetDecimal(), morosity.GetProperty("overdue").GetDecimal()).ShouldBe((121m, 121m));
        // Today, all three.
        (await tenant.Get($"/api/receivables?asOf={AsOf}")).Json().GetProperty("summary").GetProperty("count").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task A_row_names_its_total_after_corrections_beside_the_amount_due()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient("Bodegas Luna");
        var invoice = await tenant.IssueSimpleInvoice(client, issueDate: "2026-05-01", dueDate: "2026-06-30");
        (await tenant.Post($"/api/invoices/{invoice.GetProperty("id").GetGuid()}/corrections", new
        {
            reason = "Descuento", lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -10, vatRate = 21 } },
        })).Status().ShouldBe(201);
        await tenant.Post($"/api/invoices/{invoice.GetProperty("id").GetGuid()}/payments", new { amount = 8.90m });

        var row = (await tenant.Get($"/api/receivables?asOf={AsOf}")).Json().GetProperty("data").EnumerateArray().Single();
        (row.GetProperty("totalAfterCorrections").GetDecimal(), row.GetProperty("amountDue").GetDecimal()).ShouldBe((108.90m, 100m));
        row.TryGetProperty("total", out _).ShouldBeFalse();   // the invoice's own total (121) is as issued: not the same figure
        (await tenant.Invoice(invoice.GetProperty("id").GetGuid())).GetProperty("total").GetDecimal().ShouldBe(121m);

        var sheet = Sheets.ReadExcel(await tenant.Download($"/api/receivables/export?asOf={AsOf}"));
        var (total, due) = (Array.IndexOf(sheet[0], "Total rectificado"), Array.IndexOf(sheet[0], "Pendiente"));
        total.ShouldBeGreaterThanOrEqualTo(0);
        ((double?)sheet[1][total], (double?)sheet[1][due]).ShouldBe((108.9d, 100d));
    }
}
