using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class AlertListTests(DashboardFixture app)
{
    /// <summary>Three open invoices, one per level, on 27 November 2026 (orange: due within 7 days).</summary>
    private async Task<(Business Business, string Red, string Orange, string Green)> SeedAsync()
    {
        var business = await app.NewBusinessAsync("Estudio Colores");
        var client = await business.ClientAsync("Talleres Ruiz", "12345678Z");
        var red = await business.InvoiceAsync(client, "2026-10-01", "2026-10-31", 100);
        var orange = await business.InvoiceAsync(client, "2026-11-20", "2026-11-30", 200);
        var green = await business.InvoiceAsync(client, "2026-11-25", "2027-01-15", 300);
        return (business, red.GetProperty("number").GetString()!, orange.GetProperty("number").GetString()!, green.GetProperty("number").GetString()!);
    }

    [Fact]
    public async Task A_pasted_key_shows_the_invoices_to_collect_coloured_by_their_level()
    {
        var (business, red, orange, green) = await SeedAsync();
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;

        var rows = page.Locator("#receivables tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        // Ordered by due date, each row carrying its level and its colour.
        await Expect(rows.Nth(0)).ToContainTextAsync(red);
        await Expect(rows.Nth(0)).ToContainTextAsync("Vencida");
        await Expect(rows.Nth(0)).ToContainTextAsync("vencida hace 27 días");
        await Expect(rows.Nth(1)).ToContainTextAsync("Vence pronto");
        await Expect(rows.Nth(2)).ToContainTextAsync("En plazo");
        await Expect(rows.Nth(1)).ToContainTextAsync(orange);
        await Expect(rows.Nth(1)).ToContainTextAsync("vence en 3 días");
        await Expect(rows.Nth(2)).ToContainTextAsync(green);
        (await Background(rows.Nth(0))).ShouldBe("rgb(254, 226, 226)");
        (await Background(rows.Nth(1))).ShouldBe("rgb(255, 237, 213)");
        (await Background(rows.Nth(2))).ShouldBe("rgba(0, 0, 0, 0)");
        await Expect(rows.Nth(0)).ToContainTextAsync(Business.Euros(121m));

        var summary = (await business.GetAsync("/api/receivables")).GetProperty("summary");
        await Expect(page.Locator("#total-due")).ToHaveTextAsync(Business.Euros(summary.GetProperty("amountDue")));
        await Expect(page.Locator("#total-red strong")).ToHaveTextAsync(Business.Euros(121m));
        await Expect(page.Locator("#total-orange strong")).ToHaveTextAsync(Business.Euros(242m));

        // Filtering by level asks the API again.
        await page.Locator("#filter-level").SelectOptionAsync("Red");
        await tab.ReadyAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Nth(0)).ToContainTextAsync(red);
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Cobrado_takes_the_row_off_without_a_reload_changes_the_totals_and_can_be_undone()
    {
        var (business, red, _, _) = await SeedAsync();
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        var rows = page.Locator("#receivables tbody tr");
        await Expect(rows).ToHaveCountAsync(3);

        await rows.Filter(new() { HasText = red }).GetByRole(AriaRole.Button, new() { Name = "Cobrado" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Filter(new() { HasText = red })).ToHaveCountAsync(0);
        await Expect(page.Locator("#total-due")).ToHaveTextAsync(Business.Euros(242m + 363m));
        await Expect(page.Locator("#total-red strong")).ToHaveTextAsync(Business.Euros(0m));
        var invoices = await business.GetAsync("/api/invoices?status=Paid");
        invoices.GetProperty("data").GetArrayLength().ShouldBe(1);
        (await page.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue(); // no page load happened

        await page.GetByRole(AriaRole.Button, new() { Name = "Deshacer" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync(red);
        await Expect(page.Locator("#total-red strong")).ToHaveTextAsync(Business.Euros(121m));
        (await business.GetAsync("/api/invoices?status=Paid")).GetProperty("data").GetArrayLength().ShouldBe(0);
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_partial_payment_keeps_the_row_with_what_is_still_due()
    {
        var (business, _, orange, _) = await SeedAsync();
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var row = tab.Page.Locator("#receivables tbody tr").Filter(new() { HasText = orange });

        await row.GetByRole(AriaRole.Button, new() { Name = "Parcial…" }).ClickAsync();
        await row.GetByLabel("Importe cobrado").FillAsync("42.00");
        await row.GetByLabel("Fecha de cobro").FillAsync("2026-11-26");
        await row.GetByRole(AriaRole.Button, new() { Name = "Anotar cobro" }).ClickAsync();

        await Expect(row.Locator(".amount")).ToHaveTextAsync(Business.Euros(200m));
        await Expect(tab.Page.Locator("#total-orange strong")).ToHaveTextAsync(Business.Euros(200m));
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Cobrado_is_reachable_and_pressed_with_the_keyboard_alone()
    {
        var (business, red, _, _) = await SeedAsync();
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await Expect(page.Locator("#receivables tbody tr")).ToHaveCountAsync(3);

        // Tab through the page (bounded) until the first row's "Cobrado" has the focus.
        for (var i = 0; i < 40 && !await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('pay') === true"); i++)
            await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.closest('tr').textContent")).ShouldContain(red);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#receivables tbody tr")).ToHaveCountAsync(2);
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_key_is_told_so_and_nothing_is_shown()
    {
        await using var tab = await Tab.OpenAsync(app);
        await tab.Page.GotoAsync("/");
        await tab.Page.GetByLabel("Clave de API").FillAsync("bik_not_a_key");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
        await Expect(tab.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Esa clave no es válida");
        await Expect(tab.Page.Locator("#nav")).ToBeHiddenAsync();
    }

    private static Task<string> Background(ILocator row) => row.EvaluateAsync<string>("r => getComputedStyle(r).backgroundColor");
}
