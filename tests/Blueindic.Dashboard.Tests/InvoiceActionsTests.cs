using System.Text.RegularExpressions;
using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

/// <summary>"Rectificar" (cancel whole, amend lines), "Incobrable" and "Anular" on the invoice page.</summary>
[Collection(DashboardCollection.Name)]
public sealed class InvoiceActionsTests(DashboardFixture app)
{
    [Fact]
    public async Task Rectificar_cancels_an_invoice_whole_with_a_reason_and_opens_the_corrective_invoice()
    {
        var business = await app.NewBusinessAsync("Estudio Anula");
        var client = await business.ClientAsync("Cliente Anulado", "12345678Z");
        var invoice = await business.InvoiceAsync(client, "2026-11-20", "2026-12-20", 200);
        var id = invoice.GetProperty("id").GetGuid();
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync($"#/facturas/{id}");

        var correct = page.GetByRole(AriaRole.Button, new() { Name = "Rectificar" });
        await correct.ClickAsync();
        await Expect(correct).ToHaveAttributeAsync("aria-expanded", "true");
        var form = page.Locator("#correct-form");
        await Expect(form.GetByLabel("Motivo")).ToBeFocusedAsync();
        // Without a reason: the API's error beside the reason.
        await form.GetByRole(AriaRole.Button, new() { Name = "Emitir rectificativa" }).ClickAsync();
        await Forms.FieldErrorAsync(form.GetByLabel("Motivo"));

        await form.GetByLabel("Motivo").FillAsync("Pedido anulado por el cliente");
        await Expect(form.GetByLabel("Cancelar la factura entera")).ToBeCheckedAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Emitir rectificativa" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex(id.ToString()));
        await Expect(page.Locator("h1")).ToContainTextAsync("Factura R-");

        var original = await business.GetAsync($"/api/invoices/{id}");
        original.GetProperty("status").GetString().ShouldBe("cancelled");
        var correction = original.GetProperty("correctedBy")[0];
        correction.GetProperty("cancels").GetBoolean().ShouldBeTrue();
        correction.GetProperty("reason").GetString().ShouldBe("Pedido anulado por el cliente");
        page.Url.ShouldEndWith($"#/facturas/{correction.GetProperty("invoiceId").GetGuid()}");
        tab.ErrorsBut(400).ShouldBeEmpty();
    }

    [Fact]
    public async Task Rectificar_amends_lines_by_differences()
    {
        var business = await app.NewBusinessAsync("Estudio Corrige");
        var client = await business.ClientAsync("Cliente Corregido", "12345678Z");
        var invoice = await business.InvoiceAsync(client, "2026-11-20", "2026-12-20", 300);
        var id = invoice.GetProperty("id").GetGuid();
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync($"#/facturas/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Rectificar" }).ClickAsync();
        var form = page.Locator("#correct-form");
        await form.GetByLabel("Motivo", new() { Exact = true }).FillAsync("Descuento pactado después de emitir");
        await form.GetByLabel("Causa legal").SelectOptionAsync(new SelectOptionValue { Label = "Crédito incobrable (R3)" });
        await form.GetByLabel("Corregir líneas").CheckAsync();
        var line = form.Locator("fieldset.line").First;
        await line.GetByLabel("Concepto").FillAsync("Descuento pactado");
        await line.GetByLabel("Cantidad").FillAsync("-1");
        await line.GetByLabel("Precio unitario (€)").FillAsync("50");
        await form.GetByRole(AriaRole.Button, new() { Name = "Emitir rectificativa" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Factura R-");
        await tab.ReadyAsync();

        var original = await business.GetAsync($"/api/invoices/{id}");
        var correction = original.GetProperty("correctedBy")[0];
        correction.GetProperty("cancels").GetBoolean().ShouldBeFalse();
        correction.GetProperty("adjustment").GetDecimal().ShouldBe(-60.50m);
        var corrective = await business.GetAsync($"/api/invoices/{correction.GetProperty("invoiceId").GetGuid()}");
        corrective.GetProperty("verifactu").GetProperty("invoiceType").GetString().ShouldBe("R3");
        original.GetProperty("amountDue").GetDecimal().ShouldBe(363m - 60.50m);
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Incobrable_writes_the_invoice_off_with_a_reason()
    {
        var business = await app.NewBusinessAsync("Estudio Pierde");
        var client = await business.ClientAsync("Cliente Insolvente", "12345678Z");
        var invoice = await business.InvoiceAsync(client, "2026-03-01", "2026-04-01", 100);
        var id = invoice.GetProperty("id").GetGuid();
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync($"#/facturas/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Incobrable" }).ClickAsync();
        var form = page.Locator("#write-off-form");
        await form.GetByLabel("Motivo").FillAsync("Concurso de acreedores");
        await form.GetByRole(AriaRole.Button, new() { Name = "Declarar incobrable" }).ClickAsync();
        await Expect(page.Locator("#invoice-status")).ToHaveTextAsync("Incobrable");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Incobrable" })).ToHaveCountAsync(0);

        var after = await business.GetAsync($"/api/invoices/{id}");
        after.GetProperty("status").GetString().ShouldBe("uncollectible");
        after.GetProperty("amountWrittenOff").GetDecimal().ShouldBe(121m);
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Anular_annuls_an_invoice_issued_by_mistake_after_confirming_with_a_reason()
    {
        var business = await app.NewBusinessAsync("Estudio Duplica");
        var client = await business.ClientAsync("Cliente Duplicado", "12345678Z");
        var invoice = await business.InvoiceAsync(client, "2026-11-20", "2026-12-20", 80);
        var id = invoice.GetProperty("id").GetGuid();
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync($"#/facturas/{id}");

        var annul = page.GetByRole(AriaRole.Button, new() { Name = "Anular", Exact = true });
        await annul.ClickAsync();
        await Expect(annul).ToHaveAttributeAsync("aria-expanded", "true");
        var form = page.Locator("#annul-form");
        await Expect(form.GetByLabel("Motivo")).ToBeFocusedAsync();
        // Nothing happens before the reason is given and the annulment confirmed.
        await form.GetByRole(AriaRole.Button, new() { Name = "Confirmar anulación" }).ClickAsync();
        await Forms.FieldErrorAsync(form.GetByLabel("Motivo"));
        (await business.GetAsync($"/api/invoices/{id}")).GetProperty("status").GetString().ShouldBe("issued");

        await form.GetByLabel("Motivo").FillAsync("Emitida dos veces por error");
        await form.GetByRole(AriaRole.Button, new() { Name = "Confirmar anulación" }).ClickAsync();
        await Expect(page.Locator("#invoice-status")).ToHaveTextAsync("Anulada");
        // An annulled invoice takes no further action.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Anular", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Rectificar" })).ToHaveCountAsync(0);

        var after = await business.GetAsync($"/api/invoices/{id}");
        after.GetProperty("status").GetString().ShouldBe("annulled");
        after.GetProperty("annulment").GetProperty("reason").GetString().ShouldBe("Emitida dos veces por error");
        tab.ErrorsBut(400).ShouldBeEmpty();
    }
}
