using System.Text.Json;
using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class ReportViewsTests(DashboardFixture app)
{
    [Fact]
    public async Task The_morosity_box_shows_the_year_s_rate_amount_and_the_clients_behind_it()
    {
        var business = await app.NewBusinessAsync("Estudio Morosidad");
        var late = await business.ClientAsync("Moroso Pérez", "12345678Z");
        var good = await business.ClientAsync("Puntual García");
        await business.InvoiceAsync(late, "2026-03-02", "2026-04-01", 1000);
        await business.InvoiceAsync(good, "2026-03-03", "2026-04-02", 3000);
        var paid = (await business.GetAsync("/api/invoices?status=Issued")).GetProperty("data").EnumerateArray()
            .First(i => i.GetProperty("clientId").GetGuid() == good).GetProperty("id").GetGuid();
        await app.SendAsync(HttpMethod.Post, $"/api/invoices/{paid}/payments", business.Key, new { date = "2026-04-01" });
        var report = await business.GetAsync("/api/reports/morosity");

        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        await tab.GoAsync("#/morosidad");
        var page = tab.Page;
        await Expect(page.Locator("#morosity-rate")).ToHaveTextAsync($"{report.GetProperty("morosityRate").GetDecimal():0.##} %".Replace('.', ','));
        await Expect(page.Locator("#morosity-amount")).ToHaveTextAsync(Business.Euros(1210m));
        (await page.Locator("#morosity-box").EvaluateAsync<string>("b => b.className")).ShouldContain("level-red");
        var clients = page.Locator("#morosity-clients tbody tr");
        await Expect(clients).ToHaveCountAsync(1);
        await Expect(clients.Nth(0)).ToContainTextAsync("Moroso Pérez");
        var claimable = report.GetProperty("clients")[0].GetProperty("claimable").GetDecimal();
        claimable.ShouldBeGreaterThan(0m);
        await Expect(clients.Nth(0)).ToContainTextAsync(Business.Euros(claimable));

        // The client links to its page, with its details and its invoice.
        await clients.Nth(0).GetByRole(AriaRole.Link).ClickAsync();
        await tab.ReadyAsync();
        await Expect(page.Locator("#client-name")).ToHaveTextAsync("Moroso Pérez");
        await Expect(page.Locator("#client-invoices tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#client-morosity")).ToContainTextAsync(Business.Euros(1210m));
        await Expect(page.Locator(".timeline li")).ToHaveCountAsync(1);
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_year_with_nothing_invoiced_shows_no_rate_but_its_morosity_in_red()
    {
        // 2026: 1,210 € overdue, and a correction of a 2025 invoice crediting 1,815 €: invoiced −605 €.
        var business = await app.NewBusinessAsync("Estudio Abonos");
        var client = await business.ClientAsync("Abonado Ruiz");
        await business.InvoiceAsync(client, "2026-03-02", "2026-04-01", 1000);
        var old = (await business.InvoiceAsync(client, "2025-06-02", "2025-07-02", 2000)).GetProperty("id").GetGuid();
        await app.SendAsync(HttpMethod.Post, $"/api/invoices/{old}/corrections", business.Key, new
        {
            reason = "Descuento", lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -1500, vatRate = 21 } },
        });
        var report = await business.GetAsync("/api/reports/morosity?year=2026");
        (report.GetProperty("invoiced").GetDecimal(), report.GetProperty("morosityRate").ValueKind).ShouldBe((-605m, JsonValueKind.Null));

        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        await tab.GoAsync("#/morosidad?year=2026");
        var page = tab.Page;
        await Expect(page.Locator("#morosity-rate")).ToHaveTextAsync("—");
        await Expect(page.Locator("#morosity-dso")).ToHaveTextAsync("—");
        await Expect(page.Locator("#morosity-amount")).ToHaveTextAsync(Business.Euros(1210m));
        (await page.Locator("#morosity-box").EvaluateAsync<string>("b => b.className")).ShouldContain("level-red");
        await Expect(page.Locator("#morosity-clients tbody tr").Nth(0)).ToContainTextAsync("—");
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_sales_chart_draws_the_API_s_monthly_figures_against_the_year_before()
    {
        var business = await app.NewBusinessAsync("Estudio Ventas");
        var client = await business.ClientAsync("Cliente Estacional");
        await business.InvoiceAsync(client, "2025-07-10", "2025-08-10", 500);
        await business.InvoiceAsync(client, "2026-02-10", "2026-03-10", 250);
        await business.InvoiceAsync(client, "2026-07-10", "2026-08-10", 800);
        await app.ProjectionsCaughtUpAsync();
        var report = await business.GetAsync("/api/reports/sales/monthly?year=2026");

        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        await tab.GoAsync("#/ventas");
        var page = tab.Page;
        var drawn = await page.EvaluateAsync<JsonElement>(
            "() => Chart.getChart(document.getElementById('sales-chart')).data.datasets.map(d => ({ label: d.label, data: d.data }))");
        drawn[0].GetProperty("label").GetString().ShouldBe("2026");
        drawn[0].GetProperty("data").EnumerateArray().Select(x => x.GetDecimal())
            .ShouldBe(report.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("net").GetDecimal()));
        drawn[1].GetProperty("label").GetString().ShouldBe("2025");
        drawn[1].GetProperty("data")[6].GetDecimal().ShouldBe(500m);
        // Something was painted on the canvas, not just configured.
        (await page.Locator("#sales-chart").EvaluateAsync<bool>(
            "c => c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0)")).ShouldBeTrue();
        await Expect(page.Locator("#sales-total")).ToHaveTextAsync(Business.Euros(1050m));
        await Expect(page.Locator("#sales-table tbody tr").Nth(6)).ToContainTextAsync(Business.Euros(800m));

        // Another year through the picker.
        await page.Locator("#sales-year").SelectOptionAsync("2025");
        await tab.ReadyAsync();
        await Expect(page.Locator("#sales-total")).ToHaveTextAsync(Business.Euros(500m));
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_invoice_page_shows_its_QR_code_and_travels_back_to_before_it_was_paid()
    {
        var business = await app.NewBusinessAsync("Estudio Historia");
        var client = await business.ClientAsync("Cliente Viajero");
        var invoice = await business.InvoiceAsync(client, "2026-11-02", "2026-12-02", 100);
        var id = invoice.GetProperty("id").GetGuid();
        await app.SendAsync(HttpMethod.Post, $"/api/invoices/{id}/payments", business.Key, new { });

        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        await tab.GoAsync($"#/facturas/{id}");
        var page = tab.Page;
        await Expect(page.Locator("#invoice-status")).ToHaveTextAsync("Cobrada");
        await Expect(page.Locator("#invoice-due")).ToHaveTextAsync(Business.Euros(0m));
        await Expect(page.Locator("#invoice-lines tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#invoice-qr")).ToHaveJSPropertyAsync("complete", true);
        (await page.Locator("#invoice-qr").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(100);
        var history = page.Locator(".timeline li");
        await Expect(history).ToHaveCountAsync(2);
        await Expect(history.Nth(1)).ToContainTextAsync("Cobro anotado");

        // As it was right after it was issued: nothing paid yet.
        await history.Nth(0).GetByRole(AriaRole.Link, new() { Name = "Ver en este momento" }).ClickAsync();
        await tab.ReadyAsync();
        await Expect(page.Locator("#as-of-banner")).ToBeVisibleAsync();
        await Expect(page.Locator("#invoice-status")).ToHaveTextAsync("Emitida");
        await Expect(page.Locator("#invoice-due")).ToHaveTextAsync(Business.Euros(121m));

        await page.GetByRole(AriaRole.Link, new() { Name = "Volver al estado actual" }).ClickAsync();
        await tab.ReadyAsync();
        await Expect(page.Locator("#invoice-status")).ToHaveTextAsync("Cobrada");
        tab.Errors.ShouldBeEmpty();
    }
}
