using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

/// <summary>"Recordatorios": the reminder policy, switched off and on, its hour and its steps edited, errors beside their fields.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ReminderSettingsTests(DashboardFixture app)
{
    private static ILocator Step(ILocator form, int n) => form.Locator("fieldset.step").Nth(n - 1);

    [Fact]
    public async Task The_default_policy_is_shown_then_edited_refused_beside_the_wrong_field_and_saved_sorted()
    {
        var business = await app.NewBusinessAsync("Estudio Recordatorios");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        // A tab of "Empresa".
        await page.Locator("#nav").GetByRole(AriaRole.Link, new() { Name = "Empresa" }).ClickAsync();
        await page.Locator("nav.tabs").GetByRole(AriaRole.Link, new() { Name = "Recordatorios" }).ClickAsync();
        await Expect(page.Locator("nav.tabs [aria-current=page]")).ToHaveTextAsync("Recordatorios");
        await Expect(page.Locator("#nav [aria-current=page]")).ToHaveTextAsync("Empresa");
        var form = page.Locator("#reminders-form");

        // The defaults: on, 09:00, four steps.
        await Expect(form.GetByLabel("Enviar recordatorios de pago")).ToBeCheckedAsync();
        await Expect(form.GetByLabel("Hora de envío")).ToHaveValueAsync("09:00");
        await Expect(form.Locator("fieldset.step")).ToHaveCountAsync(4);
        await Expect(Step(form, 1).GetByLabel("Días desde el vencimiento")).ToHaveValueAsync("-3");
        await Expect(Step(form, 1).GetByLabel("Tipo")).ToHaveValueAsync("upcoming");
        await Expect(Step(form, 4).GetByLabel("Tipo")).ToHaveValueAsync("formalClaim");

        // Remove the second step, add one, give it a day the kind cannot have: refused beside that step's kind.
        await form.GetByRole(AriaRole.Button, new() { Name = "Quitar paso 2" }).ClickAsync();
        await Expect(form.Locator("fieldset.step")).ToHaveCountAsync(3);
        await form.GetByRole(AriaRole.Button, new() { Name = "Añadir paso" }).ClickAsync();
        var added = Step(form, 4);
        await Expect(added.Locator("legend")).ToHaveTextAsync("Paso 4");
        await Expect(added.GetByLabel("Días desde el vencimiento")).ToBeFocusedAsync();
        await added.GetByLabel("Días desde el vencimiento").FillAsync("-10");
        await added.GetByLabel("Tipo").SelectOptionAsync(new SelectOptionValue { Label = "Vencida" });
        await form.GetByLabel("Hora de envío").FillAsync("18:30");
        await form.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        (await Forms.FieldErrorAsync(added.GetByLabel("Tipo"))).ShouldContain("after the due date");
        await Expect(form.Locator(".field-error")).ToHaveCountAsync(1);
        (await business.GetAsync("/api/settings/reminders")).GetProperty("version").GetInt64().ShouldBe(0);

        await added.GetByLabel("Tipo").SelectOptionAsync(new SelectOptionValue { Label = "Aviso previo" });
        await form.GetByLabel("Enviar recordatorios de pago").UncheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#toast")).ToContainTextAsync("Recordatorios guardados");

        var saved = await business.GetAsync("/api/settings/reminders");
        (saved.GetProperty("enabled").GetBoolean(), saved.GetProperty("sendAt").GetString(), saved.GetProperty("version").GetInt64()).ShouldBe((false, "18:30", 1L));
        saved.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("daysFromDue").GetInt32(), s.GetProperty("kind").GetString()))
            .ShouldBe([(-10, "upcoming"), (-3, "upcoming"), (15, "overdue"), (30, "formalClaim")]);
        // Rebuilt from what the API kept: sorted by day, no error left.
        form = page.Locator("#reminders-form");
        await Expect(Step(form, 1).GetByLabel("Días desde el vencimiento")).ToHaveValueAsync("-10");
        await Expect(form.Locator(".field-error")).ToHaveCountAsync(0);
        await Expect(form.GetByLabel("Enviar recordatorios de pago")).Not.ToBeCheckedAsync();
        tab.ErrorsBut(400).ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_steps_on_one_day_are_refused_on_the_second_and_all_steps_can_be_removed()
    {
        var business = await app.NewBusinessAsync("Estudio Pasos");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        await tab.GoAsync("#/empresa/recordatorios");
        var form = tab.Page.Locator("#reminders-form");

        await Step(form, 3).GetByLabel("Días desde el vencimiento").FillAsync("1");
        await form.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        (await Forms.FieldErrorAsync(Step(form, 3).GetByLabel("Días desde el vencimiento"))).ShouldContain("Another step");

        for (var n = 4; n >= 1; n--) await form.GetByRole(AriaRole.Button, new() { Name = $"Quitar paso {n}" }).ClickAsync();
        await Expect(form.Locator("#reminder-no-steps")).ToBeVisibleAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(tab.Page.Locator("#toast")).ToContainTextAsync("Recordatorios guardados");
        (await business.GetAsync("/api/settings/reminders")).GetProperty("steps").GetArrayLength().ShouldBe(0);
        tab.ErrorsBut(400).ShouldBeEmpty();
    }
}
