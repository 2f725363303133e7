using System.Text;
using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class ClientsViewTests(DashboardFixture app)
{
    [Fact]
    public async Task Importing_a_small_file_shows_the_report_with_its_row_errors()
    {
        var business = await app.NewBusinessAsync("Estudio Importa");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        await tab.GoAsync("#/clientes");
        var page = tab.Page;

        var csv = "Nombre;NIF;Email\nAlfa Diseño;12345678Z;alfa@example.es\nBeta Obras;B64717838;beta@example.es\nGamma Roto;NO-ES-NIF;gamma@example.es\n";
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "clientes.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importar" }).ClickAsync();

        await Expect(page.Locator("#import-created")).ToHaveTextAsync("2");
        await Expect(page.Locator("#import-failed")).ToHaveTextAsync("1");
        var errors = page.Locator("#import-errors tbody tr");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(errors.Nth(0)).ToContainTextAsync("4");
        await Expect(errors.Nth(0)).ToContainTextAsync("NO-ES-NIF");
        (await page.Locator("#import-progress").EvaluateAsync<double>("p => p.value")).ShouldBe(1);
        (await business.GetAsync("/api/clients")).GetProperty("data").GetArrayLength().ShouldBe(2);
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_large_file_imports_in_the_background_with_the_progress_shown_until_the_report()
    {
        var business = await app.NewBusinessAsync("Estudio Importa Mucho");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        await tab.GoAsync("#/clientes");
        var page = tab.Page;

        // Over the 2,000 rows imported inside the request: the API answers 202 and the page follows the import.
        var csv = new StringBuilder("Nombre\n");
        for (var i = 1; i <= 2_100; i++) csv.Append($"Cliente {i:0000}\n");
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "muchos.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importar" }).ClickAsync();

        await Expect(page.Locator("#import-created")).ToHaveTextAsync("2100", new() { Timeout = 60_000 });
        await Expect(page.Locator("#import-failed")).ToHaveTextAsync("0");
        (await page.Locator("#import-progress").EvaluateAsync<double>("p => p.value")).ShouldBe(1);
        (await business.GetAsync("/api/clients?search=Cliente 2100")).GetProperty("data").GetArrayLength().ShouldBe(1);

        // The list shows a page of 100, and "Cargar más" the next.
        await tab.GoAsync("#/clientes?q=Cliente");
        var list = page.Locator("#client-list tbody tr");
        await Expect(list).ToHaveCountAsync(100);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cargar más" }).ClickAsync();
        await Expect(list).ToHaveCountAsync(200);
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Rankings_show_best_and_worst_clients_with_the_change_against_last_year()
    {
        var business = await app.NewBusinessAsync("Estudio Ranking");
        var up = await business.ClientAsync("Crece SL");
        var down = await business.ClientAsync("Baja SL");
        await business.InvoiceAsync(up, "2025-03-01", "2025-04-01", 100);
        await business.InvoiceAsync(down, "2025-03-02", "2025-04-02", 900);
        await business.InvoiceAsync(up, "2026-03-01", "2026-04-01", 400);
        await business.InvoiceAsync(down, "2026-03-02", "2026-04-02", 300);
        await app.ProjectionsCaughtUpAsync();

        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        await tab.GoAsync("#/clientes");
        var page = tab.Page;
        var top = page.Locator("#ranking-top tbody tr");
        await Expect(top.Nth(0)).ToContainTextAsync("Crece SL");
        await Expect(top.Nth(0)).ToContainTextAsync("+300,00 €");
        await Expect(top.Nth(0)).ToContainTextAsync("300 %");
        (await top.Nth(0).Locator("td.up").CountAsync()).ShouldBe(1);
        var bottom = page.Locator("#ranking-bottom tbody tr");
        await Expect(bottom.Nth(0)).ToContainTextAsync("Baja SL");
        await Expect(bottom.Nth(0)).ToContainTextAsync("−600,00 €");
        (await bottom.Nth(0).Locator("td.down").CountAsync()).ShouldBe(1);

        // The searchable list.
        await page.Locator("#client-search").FillAsync("crece");
        await page.Locator("#client-search").PressAsync("Enter");
        await tab.ReadyAsync();
        await Expect(page.Locator("#client-list tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#client-list tbody tr")).ToContainTextAsync("Crece SL");
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_page_switches_to_English_and_back_keeping_Spanish_money_and_dates()
    {
        var business = await app.NewBusinessAsync("Estudio Idiomas");
        var client = await business.ClientAsync("Cliente Bilingüe");
        await business.InvoiceAsync(client, "2026-10-01", "2026-10-31", 1000);
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await Expect(page.Locator("#nav")).ToContainTextAsync("Pendiente de cobro");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await tab.ReadyAsync();
        await Expect(page.Locator("#nav")).ToContainTextAsync("To collect");
        await Expect(page.Locator("h1")).ToHaveTextAsync("To collect");
        await Expect(page.Locator("#receivables tbody tr").Nth(0)).ToContainTextAsync("27 days overdue");
        await Expect(page.Locator("#receivables tbody tr").Nth(0)).ToContainTextAsync("1.210,00 €");
        await Expect(page.Locator("#receivables tbody tr").Nth(0)).ToContainTextAsync("31/10/2026");
        (await page.EvaluateAsync<string>("() => document.documentElement.lang")).ShouldBe("en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
        await tab.ReadyAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Pendiente de cobro");
        tab.Errors.ShouldBeEmpty();
    }
}
