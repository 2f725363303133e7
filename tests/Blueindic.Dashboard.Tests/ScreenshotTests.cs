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

    private static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Blueindic.sln"))) dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Blueindic.sln not found above the test's folder"), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
