using System.Collections.Concurrent;
using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardFixture app)
{
    [Fact]
    public async Task Signing_in_asks_api_me_once_and_the_header_names_the_business_until_signing_out()
    {
        var business = await app.NewBusinessAsync("Estudio Quién Soy");
        await using var tab = await Tab.OpenAsync(app);
        var page = tab.Page;
        var asked = new ConcurrentQueue<string>();
        page.Request += (_, request) => asked.Enqueue(new Uri(request.Url).PathAndQuery);

        await tab.SignInAsync(business.Key);
        await Expect(page.Locator("#business")).ToHaveTextAsync("Estudio Quién Soy");
        await Expect(page.Locator("#business")).ToHaveAttributeAsync("title", "B64717838");
        // The views that follow the API's clock take its today from the same answer.
        await tab.GoAsync("#/ventas");
        await Expect(page.Locator("#sales-year option").First).ToHaveTextAsync("2026");
        await tab.GoAsync("#/clientes");

        asked.Count(path => path == "/api/me").ShouldBe(1, string.Join(", ", asked));
        asked.ShouldNotContain(path => path.StartsWith("/api/settings/alerts"));
        asked.ShouldNotContain(path => path.StartsWith("/api/receivables?limit=1"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Salir" }).ClickAsync();
        await Expect(page.Locator("#business")).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Clave de API")).ToBeVisibleAsync();
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_admin_key_is_not_a_business_key_and_is_refused_at_sign_in()
    {
        await using var tab = await Tab.OpenAsync(app);
        await tab.Page.GotoAsync("/");
        await tab.Page.GetByLabel("Clave de API").FillAsync(DashboardFixture.AdminKey);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
        await Expect(tab.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Esa clave no es la de un negocio");
        await Expect(tab.Page.Locator("#nav")).ToBeHiddenAsync();
        await Expect(tab.Page.Locator("#business")).ToBeHiddenAsync();
    }
}
