using System.Text.RegularExpressions;
using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

/// <summary>"Empresa": the business profile (and what the next invoice carries of it), the logo, the alert window.</summary>
[Collection(DashboardCollection.Name)]
public sealed class BusinessSettingsTests(DashboardFixture app)
{
    [Fact]
    public async Task An_edited_profile_is_refused_with_a_wrong_IBAN_then_kept_and_the_next_invoice_carries_it()
    {
        var business = await app.NewBusinessAsync("Estudio Perfil");
        var clientId = await business.ClientAsync("Cliente del Perfil", "12345678Z");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await page.Locator("#nav").GetByRole(AriaRole.Link, new() { Name = "Empresa" }).ClickAsync();
        var form = page.Locator("#business-form");
        await Expect(form.GetByLabel("NIF")).ToHaveValueAsync("B64717838");
        await Expect(form.GetByLabel("NIF")).ToHaveAttributeAsync("readonly", "");

        await form.GetByLabel("Razón social").FillAsync("Estudio Perfil Diseño S.L.");
        await form.GetByLabel("Calle y número").FillAsync("Gran Vía 1");
        await form.GetByLabel("Código postal").FillAsync("28013");
        await form.GetByLabel("Población").FillAsync("Madrid");
        await form.GetByLabel("IBAN").FillAsync("ES00 2100 0418 4502 0005 1332");
        await form.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        (await Forms.FieldErrorAsync(form.GetByLabel("IBAN"))).ShouldNotBeNullOrWhiteSpace();
        (await business.GetAsync("/api/settings/business")).GetProperty("legalName").ToString().ShouldNotBe("Estudio Perfil Diseño S.L.");

        await form.GetByLabel("IBAN").FillAsync("ES91 2100 0418 4502 0005 1332");
        await form.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#toast")).ToContainTextAsync("Datos de la empresa guardados");
        // The form is rebuilt with what the API kept; the focus lands on its heading, not the top of the page.
        await Expect(page.Locator("#business-form h2")).ToBeFocusedAsync();
        var profile = await business.GetAsync("/api/settings/business");
        profile.GetProperty("legalName").GetString().ShouldBe("Estudio Perfil Diseño S.L.");
        profile.GetProperty("address").GetProperty("line1").GetString().ShouldBe("Gran Vía 1");
        profile.GetProperty("iban").GetString()!.Replace(" ", "").ShouldBe("ES9121000418450200051332");
        await Expect(page.Locator("#business-form").GetByLabel("IBAN")).Not.ToHaveAttributeAsync("aria-invalid", "true");

        // The alert window, in the same view.
        var alerts = page.Locator("#alerts-form");
        await alerts.GetByLabel("Días de antelación (naranja)").FillAsync("30");
        await alerts.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#toast")).ToContainTextAsync("Aviso guardado");
        (await business.GetAsync("/api/settings/alerts")).GetProperty("alertWindowDays").GetInt32().ShouldBe(30);

        // The next invoice, issued from the page, carries the new profile as its issuer.
        await tab.GoAsync($"#/facturas/nueva?client={clientId}");
        await Forms.FillLineAsync(page, 0, "Diseño de marca", "1", "800", "0", "21");
        await Forms.TotalsReadyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Emitir factura" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/facturas/[0-9a-f-]{36}$"));
        await Expect(page.Locator("#invoice-issuer")).ToContainTextAsync("Estudio Perfil Diseño S.L.");
        await Expect(page.Locator("#invoice-issuer")).ToContainTextAsync("Gran Vía 1");
        var invoiceId = page.Url[^36..];
        var issuer = (await business.GetAsync($"/api/invoices/{invoiceId}")).GetProperty("issuer");
        issuer.GetProperty("legalName").GetString().ShouldBe("Estudio Perfil Diseño S.L.");
        issuer.GetProperty("address").GetProperty("line1").GetString().ShouldBe("Gran Vía 1");
        tab.ErrorsBut(400).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_first_save_from_a_stale_form_is_refused_with_412_not_overwriting_the_other_tabs_and_alerts_save_once()
    {
        var business = await app.NewBusinessAsync("Estudio Dos Pestañas");
        await using var first = await Tab.OpenAsync(app);
        await using var second = await Tab.OpenAsync(app);
        foreach (var tab in new[] { first, second })
        {
            await tab.SignInAsync(business.Key);
            await tab.GoAsync("#/empresa");
        }
        (await business.GetAsync("/api/settings/business")).GetProperty("version").GetInt64().ShouldBe(0); // never edited

        var form = first.Page.Locator("#business-form");
        await form.GetByLabel("Razón social").FillAsync("Primera Pestaña S.L.");
        await form.GetByLabel("Calle y número").FillAsync("Gran Vía 1");
        await form.GetByLabel("Código postal").FillAsync("28013");
        await form.GetByLabel("Población").FillAsync("Madrid");
        await form.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(first.Page.Locator("#toast")).ToContainTextAsync("Datos de la empresa guardados");

        // The second tab still holds version 0: its save is refused, the first tab's edit stays.
        var stale = second.Page.Locator("#business-form");
        await stale.GetByLabel("Razón social").FillAsync("Segunda Pestaña S.L.");
        await stale.GetByLabel("Calle y número").FillAsync("Alcalá 2");
        await stale.GetByLabel("Código postal").FillAsync("28014");
        await stale.GetByLabel("Población").FillAsync("Madrid");
        await stale.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(stale.Locator(".form-status")).ToContainTextAsync("Precondition failed");
        (await business.GetAsync("/api/settings/business")).GetProperty("legalName").GetString().ShouldBe("Primera Pestaña S.L.");

        // A double click on the alerts' "Guardar" sends one request.
        var puts = 0;
        first.Page.Request += (_, r) => { if (r.Method == "PUT" && r.Url.EndsWith("/api/settings/alerts")) puts++; };
        var alerts = first.Page.Locator("#alerts-form");
        await alerts.GetByLabel("Días de antelación (naranja)").FillAsync("20");
        await alerts.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).DblClickAsync();
        await Expect(first.Page.Locator("#toast")).ToContainTextAsync("Aviso guardado");
        await Expect(alerts.GetByRole(AriaRole.Button, new() { Name = "Guardar" })).ToBeEnabledAsync();
        puts.ShouldBe(1);
        first.Errors.ShouldBeEmpty();
        second.ErrorsBut(412).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_logo_is_uploaded_shown_and_removed()
    {
        var business = await app.NewBusinessAsync("Estudio Logo");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync("#/empresa");

        await page.GetByLabel("Imagen PNG o JPEG (hasta 200 KB)").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = OnePixelPng });
        await page.GetByRole(AriaRole.Button, new() { Name = "Subir logo" }).ClickAsync();
        await Expect(page.Locator("#business-logo")).ToBeVisibleAsync();
        (await page.Locator("#business-logo").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBe(1);
        (await business.GetAsync("/api/settings/business")).GetProperty("logo").GetProperty("mediaType").GetString().ShouldBe("image/png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Quitar logo" }).ClickAsync();
        await Expect(page.Locator("#business-logo")).ToHaveCountAsync(0);
        (await business.GetAsync("/api/settings/business")).GetProperty("logo").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        tab.Errors.ShouldBeEmpty();
    }

    /// <summary>A 1×1 PNG (a red pixel), as any image editor writes it.</summary>
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
}
