using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests.Support;

/// <summary>Filling the dashboard's forms as a user does: by their visible labels.</summary>
public static class Forms
{
    /// <summary>Every field of the client form but the tax id, which the test types itself.</summary>
    public static async Task FillClientAsync(IPage page, string name)
    {
        var form = page.Locator("#client-form");
        await form.GetByLabel("Nombre", new() { Exact = true }).FillAsync(name);
        await form.GetByLabel("Razón social").FillAsync($"{name} S.L.");
        await form.GetByLabel("Email").FillAsync("pedidos@panaderiamunoz.es");
        await form.GetByLabel("Teléfono").FillAsync("+34 912 345 678");
        await form.GetByLabel("Calle y número").FillAsync("Calle Mayor 12");
        await form.GetByLabel("Código postal").FillAsync("28013");
        await form.GetByLabel("Población").FillAsync("Madrid");
        await form.GetByLabel("Provincia").FillAsync("Madrid");
        await form.GetByLabel("Días de pago").FillAsync("45");
        await form.GetByLabel("Recargo de equivalencia").CheckAsync();
        await form.GetByLabel("Notas").FillAsync("Paga por transferencia el día 5.");
    }

    /// <summary>Fills line <paramref name="index"/> (0-based) of the invoice form, adding it first when it is not there.</summary>
    public static async Task FillLineAsync(IPage page, int index, string description, string quantity, string unitPrice, string discount, string vat)
    {
        var lines = page.Locator("#invoice-form fieldset.line");
        if (await lines.CountAsync() <= index) await page.GetByRole(AriaRole.Button, new() { Name = "Añadir línea" }).ClickAsync();
        var line = lines.Nth(index);
        await Expect(line.Locator("legend")).ToHaveTextAsync($"Línea {index + 1}");
        await line.GetByLabel("Concepto").FillAsync(description);
        await line.GetByLabel("Cantidad").FillAsync(quantity);
        await line.GetByLabel("Precio unitario (€)").FillAsync(unitPrice);
        await line.GetByLabel("Descuento %").FillAsync(discount);
        await line.GetByLabel("IVA").SelectOptionAsync(vat);
    }

    /// <summary>Waits until the live totals answer the form as it is now (the preview asked after the last change).</summary>
    public static Task TotalsReadyAsync(IPage page) =>
        Expect(page.Locator("#invoice-preview[data-state=\"ready\"]")).ToHaveCountAsync(1, new() { Timeout = 10_000 });

    /// <summary>A field's error note: beside its control (in the same field) and announced with it.</summary>
    public static async Task<string> FieldErrorAsync(ILocator control)
    {
        await Expect(control).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = (await control.GetAttributeAsync("aria-describedby"))!.Split(' ');
        var errorId = describedBy.Single(id => id.EndsWith("-error"));
        var note = control.Locator($"xpath=ancestor::*[contains(@class,'field') or contains(@class,'check')][1]//*[@id='{errorId}']");
        await Expect(note).ToBeVisibleAsync();
        return await note.InnerTextAsync();
    }
}
