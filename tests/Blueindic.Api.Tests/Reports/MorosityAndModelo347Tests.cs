using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Marten.Events;

namespace Blueindic.Api.Tests.Reports;

[Collection(ApiCollection.Name)]
public sealed class MorosityAndModelo347Tests(AppFixture app)
{
    private static object Lines(decimal price, decimal vat = 21) => new[] { new { description = "Servicio", quantity = 1, unitPrice = price, vatRate = vat } };
    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();
    private static decimal Dec(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    /// <summary>
    /// A small business in 2026 (invoices of 121 €): Ana owes two overdue invoices (one part-paid)
    /// and one corrected down by 12.10; Bea has one written off and one of 242 not yet due; Cris paid
    /// late and had one invoice cancelled. Corrections are dated today: 15 June 2026 (the test clock).
    /// </summary>
    private async Task<(TestTenant Tenant, Guid Ana, Guid Bea, Guid Cris)> SmallBusiness()
    {
        var t = await app.NewTenant();
        var (ana, bea, cris) = (await t.NewClient("Ana"), await t.NewClient("Bea"), await t.NewClient("Cris"));
        await t.IssueSimpleInvoice(ana, "2026-01-10", "2026-02-10");
        var a2 = await t.IssueSimpleInvoice(ana, "2026-02-01", "2026-03-01");
        await t.Post($"/api/invoices/{Id(a2)}/payments", new { amount = 21, date = "2026-02-15" });
        var b1 = await t.IssueSimpleInvoice(bea, "2026-03-01", "2026-03-31");
        await t.Post($"/api/invoices/{Id(b1)}/uncollectible", new { reason = "Concurso" });
        await t.IssueInvoice(new { clientId = bea, issueDate = "2026-04-01", dueDate = "2026-07-01", lines = Lines(200) });   // 242, not yet due
        var c1 = await t.IssueSimpleInvoice(cris, "2026-04-02", "2026-05-01");
        await t.Post($"/api/invoices/{Id(c1)}/payments", new { date = "2026-05-20" });
        var c2 = await t.IssueSimpleInvoice(cris, "2026-04-03", "2026-05-03");
        (await t.Post($"/api/invoices/{Id(c2)}/corrections", new { reason = "Duplicada" })).Status().ShouldBe(201);
        var a3 = await t.IssueSimpleInvoice(ana, "2026-05-01", "2026-06-01");
        (await t.Post($"/api/invoices/{Id(a3)}/corrections", new
        {
            reason = "Descuento", lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -10, vatRate = 21 } },
        })).Status().ShouldBe(201);
        return (t, ana, bea, cris);
    }

    [Fact]
    public async Task Morosity_of_the_year_with_its_clients_largest_first()
    {
        var (tenant, ana, bea, _) = await SmallBusiness();
        var report = (await tenant.Get("/api/reports/morosity?year=2026&asOf=2026-06-15")).Json();

        // Invoiced: five invoices of 121, one of 242 and the −12.10 correction; the cancelled one and its cancellation left out.
        (Dec(report, "invoiced"), Dec(report, "overdue"), Dec(report, "uncollectible"), Dec(report, "morosityAmount"))
            .ShouldBe((834.90m, 329.90m, 121m, 450.90m));
        Dec(report, "morosityRate").ShouldBe(54.01m);          // 450.90 / 834.90
        Dec(report, "dso").ShouldBe(113.71m);                  // still due 571.90 / 834.90 × 166 days
        var clients = report.GetProperty("clients").EnumerateArray().ToList();
        clients.Select(c => c.GetProperty("clientId").GetGuid()).ShouldBe([ana, bea]);
        var a = clients[0];
        (Dec(a, "invoiced"), Dec(a, "overdue"), Dec(a, "uncollectible"), Dec(a, "morosityRate")).ShouldBe((350.90m, 329.90m, 0m, 94.02m));
        (a.GetProperty("overdueInvoices").GetInt32(), a.GetProperty("oldestDaysOverdue").GetInt32()).ShouldBe((3, 125));
        (Dec(clients[1], "uncollectible"), Dec(clients[1], "morosityRate")).ShouldBe((121m, 33.33m));
    }

    [Fact]
    public async Task The_client_list_stops_at_the_limit_while_the_totals_cover_every_client()
    {
        var (tenant, ana, _, _) = await SmallBusiness();
        var report = (await tenant.Get("/api/reports/morosity?year=2026&asOf=2026-06-15&limit=1")).Json();
        report.GetProperty("clientCount").GetInt32().ShouldBe(2);
        report.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("clientId").GetGuid()).ShouldBe([ana]);
        (Dec(report, "invoiced"), Dec(report, "morosityAmount")).ShouldBe((834.90m, 450.90m));
        (await tenant.Get("/api/reports/morosity?limit=0")).Status().ShouldBe(400);
        (await tenant.Get("/api/reports/morosity?limit=101")).Status().ShouldBe(400);
    }

    [Fact]
    public async Task Each_listed_client_has_the_figures_of_its_own_report()
    {
        var (tenant, _, _, _) = await SmallBusiness();
        var report = (await tenant.Get("/api/reports/morosity?year=2026&asOf=2026-06-15")).Json();
        foreach (var listed in report.GetProperty("clients").EnumerateArray())
        {
            var own = (await tenant.Get($"/api/clients/{listed.GetProperty("clientId").GetGuid()}/morosity?year=2026&asOf=2026-06-15")).Json();
            foreach (var field in new[] { "invoiced", "overdue", "uncollectible", "morosityAmount", "morosityRate", "claimable" })
                Dec(listed, field).ShouldBe(Dec(own, field), field);
            listed.GetProperty("oldestDaysOverdue").GetInt32().ShouldBe(own.GetProperty("oldestDaysOverdue").GetInt32());
            listed.GetProperty("clientName").GetString().ShouldBe(own.GetProperty("clientName").GetString());
        }
    }

    [Fact]
    public async Task An_invoice_falls_overdue_the_day_after_its_due_date()
    {
        var (tenant, _, _, _) = await SmallBusiness();
        Dec((await tenant.Get("/api/reports/morosity?year=2026&asOf=2026-06-01")).Json(), "overdue").ShouldBe(221m);
        Dec((await tenant.Get("/api/reports/morosity?year=2026&asOf=2026-06-02")).Json(), "overdue").ShouldBe(329.90m);
        var lastYear = (await tenant.Get("/api/reports/morosity?year=2025&asOf=2026-06-15")).Json();
        (Dec(lastYear, "invoiced"), lastYear.GetProperty("clients").GetArrayLength()).ShouldBe((0m, 0));
    }

    [Fact]
    public async Task A_clients_morosity_lists_its_late_payments()
    {
        var (tenant, _, _, cris) = await SmallBusiness();
        var report = (await tenant.Get($"/api/clients/{cris}/morosity?year=2026&asOf=2026-06-15")).Json();
        (Dec(report, "invoiced"), Dec(report, "morosityAmount")).ShouldBe((121m, 0m));
        var late = report.GetProperty("latePayments").EnumerateArray().Single();
        (late.GetProperty("dueDate").GetString(), late.GetProperty("paidDate").GetString(), late.GetProperty("daysLate").GetInt32())
            .ShouldBe(("2026-05-01", "2026-05-20", 19));

        var stranger = await app.NewTenant();
        (await stranger.Get($"/api/clients/{cris}/morosity")).Status().ShouldBe(404);
        (await stranger.Get("/api/reports/morosity?year=2026")).Json().GetProperty("invoiced").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task A_year_invoicing_nothing_or_less_has_no_morosity_rate_nor_dso_rather_than_zero()
    {
        var t = await app.NewTenant();
        var ana = await t.NewClient("Ana");
        await t.IssueSimpleInvoice(ana, "2026-02-01", "2026-03-01");                                              // 121, overdue
        var old = await t.IssueInvoice(new { clientId = ana, issueDate = "2025-05-01", dueDate = "2025-06-01", lines = Lines(1000) });
        (await t.Post($"/api/invoices/{Id(old)}/corrections", new
        {
            reason = "Descuento", lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -500, vatRate = 21 } },
        })).Status().ShouldBe(201);                                                                               // −605, issued today: 2026

        var report = (await t.Get("/api/reports/morosity?year=2026&asOf=2026-06-15")).Json();
        (Dec(report, "invoiced"), Dec(report, "morosityAmount")).ShouldBe((-484m, 121m));
        (report.GetProperty("morosityRate").ValueKind, report.GetProperty("dso").ValueKind).ShouldBe((JsonValueKind.Null, JsonValueKind.Null));
        report.GetProperty("clients")[0].GetProperty("morosityRate").ValueKind.ShouldBe(JsonValueKind.Null);
        (await t.Get($"/api/clients/{ana}/morosity?year=2026&asOf=2026-06-15")).Json().GetProperty("morosityRate").ValueKind.ShouldBe(JsonValueKind.Null);

        var nothing = (await (await app.NewTenant()).Get("/api/reports/morosity?year=2026")).Json();
        (nothing.GetProperty("morosityRate").ValueKind, nothing.GetProperty("dso").ValueKind).ShouldBe((JsonValueKind.Null, JsonValueKind.Null));

        // The OpenAPI document says so.
        var schemas = (await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null)).Json().GetProperty("components").GetProperty("schemas");
        foreach (var (schema, property) in new[] { ("MorosityReport", "morosityRate"), ("MorosityReport", "dso"), ("ClientMorosity", "morosityRate"),
                     ("ClientMorosityReport", "morosityRate") })
            IsNullable(schemas.GetProperty(schema).GetProperty("properties").GetProperty(property)).ShouldBeTrue($"{schema}.{property}");
        IsNullable(schemas.GetProperty("MorosityReport").GetProperty("properties").GetProperty("invoiced")).ShouldBeFalse();
    }

    /// <summary>OpenAPI 3.0 says <c>nullable: true</c>; 3.1 puts "null" among the types.</summary>
    private static bool IsNullable(JsonElement property) =>
        (property.TryGetProperty("nullable", out var n) && n.GetBoolean())
        || (property.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(x => x.GetString() == "null"));

    [Fact]
    public async Task A_clients_late_payments_of_a_year_are_those_of_the_invoices_issued_in_it()
    {
        var t = await app.NewTenant();
        var cris = await t.NewClient("Cris");
        async Task<string> PaidLate(string issued, string due, string paid)
        {
            var invoice = await t.IssueSimpleInvoice(cris, issued, due);
            (await t.Post($"/api/invoices/{Id(invoice)}/payments", new { date = paid })).Status().ShouldBe(200);
            return invoice.GetProperty("number").GetString()!;
        }
        var of2025 = await PaidLate("2025-11-01", "2025-12-01", "2026-01-20");   // a 2025 invoice, paid late in 2026
        var early2026 = await PaidLate("2026-02-01", "2026-03-01", "2026-03-10");
        var may2026 = await PaidLate("2026-05-01", "2026-05-10", "2026-05-20");
        List<string> Late(JsonElement report) => report.GetProperty("latePayments").EnumerateArray().Select(l => l.GetProperty("number").GetString()!).ToList();

        Late((await t.Get($"/api/clients/{cris}/morosity?year=2026&asOf=2026-06-15")).Json()).ShouldBe([may2026, early2026]);
        Late((await t.Get($"/api/clients/{cris}/morosity?year=2025&asOf=2026-06-15")).Json()).ShouldBe([of2025]);
        // A past asOf: the invoice issued after it is not there yet.
        Late((await t.Get($"/api/clients/{cris}/morosity?year=2026&asOf=2026-04-30")).Json()).ShouldBe([early2026]);
        var late = (await t.Get($"/api/clients/{cris}/morosity?year=2025&asOf=2026-06-15")).Json().GetProperty("latePayments")[0];
        (late.GetProperty("daysLate").GetInt32(), Dec(late, "totalAfterCorrections")).ShouldBe((50, 121m));
    }

    [Fact]
    public async Task Clients_with_equal_figures_are_listed_in_Spanish_order_in_every_report()
    {
        var t = await app.NewTenant();
        foreach (var name in new[] { "Zeta", "alfa", "Ñandú", "Álamo", "Nube" })
            await t.IssueSimpleInvoice(await t.NewClient(name), "2026-02-01", "2026-03-01");   // 121 each, overdue
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        string[] spanish = ["Álamo", "alfa", "Nube", "Ñandú", "Zeta"];
        static List<string> Names(JsonElement list) => list.EnumerateArray().Select(c => c.GetProperty("clientName").GetString()!).ToList();

        Names((await t.Get("/api/reports/morosity?year=2026&asOf=2026-06-15")).Json().GetProperty("clients")).ShouldBe(spanish);
        Names((await t.Get("/api/reports/morosity?year=2026&asOf=2026-06-15&limit=2")).Json().GetProperty("clients")).ShouldBe(spanish[..2]);
        Names((await t.Get("/api/reports/clients/revenue?year=2026")).Json().GetProperty("data")).ShouldBe(spanish);
        Names((await t.Get("/api/reports/clients/revenue?year=2026&order=asc")).Json().GetProperty("data")).ShouldBe(spanish);
        Names((await t.Get("/api/receivables/aging?asOf=2026-06-15")).Json().GetProperty("clients")).ShouldBe(spanish);
    }

    [Fact]
    public async Task Modelo_347_lists_Spanish_NIFs_over_3005_06_with_VAT_by_quarter()
    {
        var t = await app.NewTenant();
        async Task<Guid> Client(string name, string? taxId) => (await t.RegisterClient(new { name, taxId })).GetProperty("id").GetGuid();
        var (big, exact, withheld, eu, noTaxId) = (await Client("Grande", "B64717838"), await Client("Justo", "A58818501"),
            await Client("Profesional", "12345678Z"), await Client("Müller", "DE123456788"), await Client("Sin NIF", null));
        await t.IssueInvoice(new { clientId = big, issueDate = "2026-03-31", lines = Lines(2000) });          // 2420, Q1
        await t.IssueInvoice(new { clientId = big, issueDate = "2026-04-01", lines = Lines(500) });           // 605, Q2
        var credited = await t.IssueInvoice(new { clientId = big, issueDate = "2026-04-02", lines = Lines(100) });   // 121, Q2 ...
        (await t.Post($"/api/invoices/{Id(credited)}/corrections", new { reason = "Anulada" })).Status().ShouldBe(201);   // ... −121 in Q2 (today)
        // 2483.52 + 521.54 = 3005.06 exactly: not above the threshold.
        await t.IssueInvoice(new { clientId = exact, issueDate = "2026-05-11", lines = Lines(2483.52m) });
        // With IRPF withholding (modelo 190), intra-EU (modelo 349) or without a NIF: not in the 347.
        await t.IssueInvoice(new { clientId = withheld, issueDate = "2026-05-12", withholdingRate = 15, lines = Lines(5000) });
        await t.IssueInvoice(new { clientId = eu, issueDate = "2026-05-13", lines = Lines(5000, vat: 0) });
        await t.IssueInvoice(new { clientId = noTaxId, issueDate = "2026-05-14", lines = Lines(5000) });
        await t.IssueInvoice(new { clientId = big, issueDate = "2025-12-31", series = "B", lines = Lines(5000) });

        var report = (await t.Get("/api/reports/modelo347?year=2026")).Json();
        Dec(report, "threshold").ShouldBe(3005.06m);
        var row = report.GetProperty("data").EnumerateArray().Single();
        (row.GetProperty("clientId").GetGuid(), row.GetProperty("taxId").GetString(), Dec(row, "total")).ShouldBe((big, "B64717838", 3025m));
        row.GetProperty("quarters").EnumerateArray().Select(q => q.GetDecimal()).ShouldBe([2420m, 605m, 0m, 0m]);
        (await t.Get("/api/reports/modelo347?year=2025")).Json().GetProperty("data").GetArrayLength().ShouldBe(1);
        (await t.Get("/api/reports/modelo347?year=abc")).ErrorFields().ShouldContain("year");
    }

    [Fact]
    public async Task Modelo_347_lists_counterparties_with_equal_totals_in_Spanish_order()
    {
        var t = await app.NewTenant();
        foreach (var (name, taxId) in new[] { ("Zeta", "B64717838"), ("Álamo", "A58818501") })   // Zeta first: the order of issue is not the answer's
        {
            var client = (await t.RegisterClient(new { name, taxId })).GetProperty("id").GetGuid();
            await t.IssueInvoice(new { clientId = client, issueDate = "2026-03-02", lines = Lines(3000) });
        }
        (await t.Get("/api/reports/modelo347?year=2026")).Json().GetProperty("data").EnumerateArray()
            .Select(r => r.GetProperty("clientName").GetString()).ShouldBe(["Álamo", "Zeta"]);
    }
}
