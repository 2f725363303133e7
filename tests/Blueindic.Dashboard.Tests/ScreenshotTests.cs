using System.Text.Json;
using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

/// <summary>
/// Every view of the demo business at desktop and phone widths, saved under docs/screenshots/ for the
/// README; at 375 px nothing may need sideways scrolling of the page (wide tables scroll in their box).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ScreenshotTests(DashboardFixture app)
{
    public static readonly TheoryData<string, int, int> Widths = new() { { "desktop", 1280, 900 }, { "phone", 375, 812 } };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Each_view_of_the_demo_business_renders_and_is_saved(string device, int width, int height)
    {
        await app.ProjectionsCaughtUpAsync();
        var demo = new Business(app, DashboardFixture.DemoKey);
        var receivables = await demo.GetAsync("/api/receivables?level=Red&limit=1");
        var invoiceId = receivables.GetProperty("data")[0].GetProperty("invoiceId").GetGuid();
        var morosity = await demo.GetAsync("/api/reports/morosity");
        var clientId = morosity.GetProperty("clients")[0].GetProperty("clientId").GetGuid();

        await using var tab = await Tab.OpenAsync(app, width, height);
        await tab.SignInAsync(DashboardFixture.DemoKey);
        var views = new (string Name, string Hash, string Shows)[]
        {
            ("cobros", "#/cobros", "#receivables tbody tr"),
            ("morosidad", "#/morosidad", "#morosity-clients tbody tr"),
            ("clientes", "#/clientes", "#ranking-top tbody tr"),
            ("cliente", $"#/clientes/{clientId}", "#client-invoices tbody tr"),
            ("ventas", "#/ventas", "#sales-table tbody tr"),
            ("factura", $"#/facturas/{invoiceId}", "#invoice-lines tbody tr"),
        };
        foreach (var (name, hash, shows) in views)
        {
            await tab.GoAsync(hash);
            await Expect(tab.Page.Locator(shows).First).ToBeVisibleAsync();
            var overflow = await tab.Page.EvaluateAsync<JsonElement>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            overflow[0].GetInt32().ShouldBeLessThanOrEqualTo(overflow[1].GetInt32(), $"{name} scrolls sideways at {width} px");
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder(), $"{name}-{device}.png"), FullPage = true });
        }
        tab.Errors.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_client_form_and_the_invoice_form_with_live_totals_render_and_are_saved(string device, int width, int height)
    {
        var demo = new Business(app, DashboardFixture.DemoKey);
        var client = (await demo.GetAsync("/api/clients?search=panaderia")).GetProperty("data")[0];
        await using var tab = await Tab.OpenAsync(app, width, height);
        await tab.SignInAsync(DashboardFixture.DemoKey);
        var page = tab.Page;

        await tab.GoAsync("#/clientes/nuevo");
        await Forms.FillClientAsync(page, "Panadería Muñoz");
        // A NIF with a wrong control character: the form shows the API's error beside it.
        var taxId = page.Locator("#client-form").GetByLabel("NIF", new() { Exact = true });
        await taxId.FillAsync("B64717839");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Forms.FieldErrorAsync(taxId);
        await Save(tab, "client-form", device, width);

        await tab.GoAsync($"#/facturas/nueva?client={client.GetProperty("id").GetGuid()}");
        await Forms.FillLineAsync(page, 0, "Diseño de etiqueta", "1", "100", "0", "21");
        await Forms.FillLineAsync(page, 1, "Impresión (unidades)", "250", "0.35", "10", "21");
        await page.GetByLabel("Retención IRPF").SelectOptionAsync("15");
        await Forms.TotalsReadyAsync(page);
        await Expect(page.Locator("#preview-total")).Not.ToBeEmptyAsync();
        await Save(tab, "invoice-form", device, width);

        // "Empresa" is not in the README, but it must fit a phone too.
        await tab.GoAsync("#/empresa");
        await Expect(page.Locator("#business-form")).ToBeVisibleAsync();
        await Save(tab, "empresa", device, width, keep: false);
        await tab.GoAsync("#/empresa/recordatorios");
        await Expect(page.Locator("#reminders-form fieldset.step").First).ToBeVisibleAsync();
        await Save(tab, "recordatorios", device, width, keep: false);
        tab.ErrorsBut(400).ShouldBeEmpty();
    }

    /// <summary>Checks nothing scrolls sideways; saves the desktop view (the README shows those).</summary>
    private static async Task Save(Tab tab, string name, string device, int width, bool keep = true)
    {
        var overflow = await tab.Page.EvaluateAsync<JsonElement>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        overflow[0].GetInt32().ShouldBeLessThanOrEqualTo(overflow[1].GetInt32(), $"{name} scrolls sideways at {width} px");
        if (keep && device == "desktop")
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder(), $"{name}.png"), FullPage = true });
    }

    private static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Blueindic.sln"))) dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Blueindic.sln not found above the test's folder"), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
