using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class ClientFormTests(DashboardFixture app)
{
    [Fact]
    public async Task Each_field_error_shows_beside_its_field_and_is_announced_with_it()
    {
        var business = await app.NewBusinessAsync("Estudio Errores");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync("#/clientes/nuevo");
        var form = page.Locator("#client-form");

        await form.GetByLabel("Nombre", new() { Exact = true }).FillAsync("Cliente Con Errores");
        await form.GetByLabel("NIF", new() { Exact = true }).FillAsync("B12345675");
        await form.GetByLabel("Código postal").FillAsync("2801");
        await form.GetByLabel("Email").FillAsync("no-es-correo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();

        (await Forms.FieldErrorAsync(form.GetByLabel("NIF", new() { Exact = true }))).ShouldContain("CIF");
        (await Forms.FieldErrorAsync(form.GetByLabel("Código postal"))).ShouldContain("postal code");
        (await Forms.FieldErrorAsync(form.GetByLabel("Email"))).ShouldContain("e-mail");
        await Expect(form.GetByLabel("Nombre", new() { Exact = true })).Not.ToHaveAttributeAsync("aria-invalid", "true");
        // The hint stays announced with the field, its error after it.
        (await form.GetByLabel("NIF", new() { Exact = true }).GetAttributeAsync("aria-describedby"))!.Split(' ').Length.ShouldBe(2);

        // Fixing one field clears its error on the next try, and the others stay marked.
        await form.GetByLabel("NIF", new() { Exact = true }).FillAsync("B64717838");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(form.GetByLabel("NIF", new() { Exact = true })).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.GetByLabel("Código postal")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator(".field-error")).ToHaveCountAsync(2);
        (await business.GetAsync("/api/clients")).GetProperty("data").GetArrayLength().ShouldBe(0);
        tab.ErrorsBut(400).ShouldBeEmpty();
    }

    [Fact]
    public async Task Editar_changes_the_client_and_Archivar_and_Restaurar_move_it_out_of_the_list_and_back()
    {
        var business = await app.NewBusinessAsync("Estudio Edita");
        var id = await business.ClientAsync("Talleres Ruiz", "12345678Z");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync($"#/clientes/{id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Editar" }).ClickAsync();
        var form = page.Locator("#client-form");
        await Expect(form.GetByLabel("NIF", new() { Exact = true })).ToHaveValueAsync("12345678Z");
        await form.GetByLabel("Días de pago").FillAsync("60");
        await form.GetByLabel("Población").FillAsync("Bilbao");
        await form.GetByLabel("Código postal").FillAsync("48001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#client-name")).ToHaveTextAsync("Talleres Ruiz");
        var client = await business.GetAsync($"/api/clients/{id}");
        client.GetProperty("paymentTermsDays").GetInt32().ShouldBe(60);
        client.GetProperty("address").GetProperty("city").GetString().ShouldBe("Bilbao");
        client.GetProperty("taxId").GetString().ShouldBe("12345678Z");
        client.GetProperty("version").GetInt64().ShouldBe(2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Archivar" }).ClickAsync();
        await Expect(page.Locator("#client-name")).ToContainTextAsync("Archivado");
        (await business.GetAsync($"/api/clients/{id}")).GetProperty("archived").GetBoolean().ShouldBeTrue();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nueva factura" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Restaurar" }).ClickAsync();
        await Expect(page.Locator("#client-name")).Not.ToContainTextAsync("Archivado");
        (await business.GetAsync($"/api/clients/{id}")).GetProperty("archived").GetBoolean().ShouldBeFalse();
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_edit_made_elsewhere_meanwhile_is_not_overwritten()
    {
        var business = await app.NewBusinessAsync("Estudio Concurre");
        var id = await business.ClientAsync("Talleres Ruiz", "12345678Z");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync($"#/clientes/{id}/editar");

        await app.SendAsync(HttpMethod.Put, $"/api/clients/{id}", business.Key, new { name = "Talleres Ruiz e Hijos", taxId = "12345678Z" });
        await page.Locator("#client-form").GetByLabel("Días de pago").FillAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#client-form .form-status [role=alert]")).ToBeVisibleAsync();
        (await business.GetAsync($"/api/clients/{id}")).GetProperty("name").GetString().ShouldBe("Talleres Ruiz e Hijos");
        tab.ErrorsBut(412).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_mail_language_and_the_reminders_switch_are_saved_and_shown_on_the_client_page()
    {
        var business = await app.NewBusinessAsync("Estudio Idiomas");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync("#/clientes/nuevo");
        var form = page.Locator("#client-form");
        // A new client: Spanish, reminded (the API's defaults).
        await Expect(form.GetByLabel("Idioma de los correos")).ToHaveValueAsync("es");
        await Expect(form.GetByLabel("Enviar recordatorios de pago")).ToBeCheckedAsync();

        await form.GetByLabel("Nombre", new() { Exact = true }).FillAsync("Acme Ltd");
        await form.GetByLabel("Idioma de los correos").SelectOptionAsync(new SelectOptionValue { Label = "English" });
        await form.GetByLabel("Enviar recordatorios de pago").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#client-name")).ToHaveTextAsync("Acme Ltd");
        await Expect(page.Locator("#client-language")).ToHaveTextAsync("English");
        await Expect(page.Locator("#client-reminders")).ToHaveTextAsync("No se envían");
        var id = Guid.Parse(page.Url[^36..]);
        var client = await business.GetAsync($"/api/clients/{id}");
        (client.GetProperty("language").GetString(), client.GetProperty("reminders").GetBoolean()).ShouldBe(("en", false));

        // Editing shows them as saved; switching reminders back on keeps the language.
        await page.GetByRole(AriaRole.Link, new() { Name = "Editar" }).ClickAsync();
        await Expect(form.GetByLabel("Idioma de los correos")).ToHaveValueAsync("en");
        await Expect(form.GetByLabel("Enviar recordatorios de pago")).Not.ToBeCheckedAsync();
        await form.GetByLabel("Enviar recordatorios de pago").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#client-reminders")).ToHaveTextAsync("Se envían");
        await Expect(page.Locator("#client-language")).ToHaveTextAsync("English");
        client = await business.GetAsync($"/api/clients/{id}");
        (client.GetProperty("language").GetString(), client.GetProperty("reminders").GetBoolean(), client.GetProperty("version").GetInt64())
            .ShouldBe(("en", true, 2L));
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_public_administrations_DIR3_codes_are_saved_all_three_or_none_and_shown_on_the_client_page()
    {
        var business = await app.NewBusinessAsync("Estudio Administraciones");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync("#/clientes/nuevo");
        var form = page.Locator("#client-form");
        await form.GetByLabel("Nombre", new() { Exact = true }).FillAsync("Ayuntamiento de Ejemplo");

        // One code alone: the API names the two missing, each beside its field.
        await form.GetByLabel("Oficina contable").FillAsync("l01281487");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(form.GetByLabel("Órgano gestor")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.GetByLabel("Unidad tramitadora")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.GetByLabel("Oficina contable")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        (await Forms.FieldErrorAsync(form.GetByLabel("Órgano gestor"))).ShouldContain("DIR3");

        await form.GetByLabel("Órgano gestor").FillAsync("E04921501");
        await form.GetByLabel("Unidad tramitadora").FillAsync("GE0000549");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#client-name")).ToHaveTextAsync("Ayuntamiento de Ejemplo");
        await Expect(page.Locator("#client-dir3-accountingOffice")).ToHaveTextAsync("L01281487");
        await Expect(page.Locator("#client-dir3-processingUnit")).ToHaveTextAsync("GE0000549");
        var id = Guid.Parse(page.Url[^36..]);
        var dir3 = (await business.GetAsync($"/api/clients/{id}")).GetProperty("dir3");
        (dir3.GetProperty("accountingOffice").GetString(), dir3.GetProperty("managementBody").GetString(), dir3.GetProperty("processingUnit").GetString())
            .ShouldBe(("L01281487", "E04921501", "GE0000549"));

        // Editing shows them; emptying all three removes them.
        await page.GetByRole(AriaRole.Link, new() { Name = "Editar" }).ClickAsync();
        await Expect(form.GetByLabel("Órgano gestor")).ToHaveValueAsync("E04921501");
        foreach (var label in new[] { "Oficina contable", "Órgano gestor", "Unidad tramitadora" }) await form.GetByLabel(label).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#client-name")).ToHaveTextAsync("Ayuntamiento de Ejemplo");
        await Expect(page.Locator("#client-dir3-accountingOffice")).ToHaveCountAsync(0);
        (await business.GetAsync($"/api/clients/{id}")).GetProperty("dir3").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        tab.ErrorsBut(400).ShouldBeEmpty();
    }
}
