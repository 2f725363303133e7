using System.Text.RegularExpressions;
using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

/// <summary>Working from the page alone: a client registered, an invoice issued with live totals, collected from the list, its PDF.</summary>
[Collection(DashboardCollection.Name)]
public sealed class IssuingTests(DashboardFixture app)
{
    [Fact]
    public async Task A_client_registered_in_the_page_gets_a_two_line_invoice_with_the_APIs_live_totals_issued_once_on_a_double_click()
    {
        var business = await app.NewBusinessAsync("Estudio Emite");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;

        // "Nuevo cliente", with a NIF whose letter is wrong: the API's error shows beside the tax id.
        await tab.GoAsync("#/clientes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuevo cliente" }).ClickAsync();
        await Forms.FillClientAsync(page, "Panadería Muñoz");
        var taxId = page.Locator("#client-form").GetByLabel("NIF", new() { Exact = true });
        await taxId.FillAsync("12345678A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        (await Forms.FieldErrorAsync(taxId)).ShouldNotBeNullOrWhiteSpace();
        await Expect(taxId).ToBeFocusedAsync();
        (await business.GetAsync("/api/clients")).GetProperty("data").GetArrayLength().ShouldBe(0);

        await taxId.FillAsync("12345678Z");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(page.Locator("#client-name")).ToHaveTextAsync("Panadería Muñoz");
        var client = (await business.GetAsync("/api/clients")).GetProperty("data").EnumerateArray().Single();
        client.GetProperty("taxId").GetString().ShouldBe("12345678Z");
        client.GetProperty("legalName").GetString().ShouldBe("Panadería Muñoz S.L.");
        client.GetProperty("address").GetProperty("postalCode").GetString().ShouldBe("28013");
        client.GetProperty("paymentTermsDays").GetInt32().ShouldBe(45);
        client.GetProperty("equivalenceSurcharge").GetBoolean().ShouldBeTrue();
        client.GetProperty("notes").GetString().ShouldBe("Paga por transferencia el día 5.");

        // "Nueva factura" from the client's page: the client chosen, the due date from its 45 days.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nueva factura" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Cliente" })).ToHaveValueAsync("Panadería Muñoz");
        await Expect(page.GetByLabel("Fecha de emisión")).ToHaveValueAsync("2026-11-27");
        await Expect(page.GetByLabel("Vencimiento")).ToHaveValueAsync("2027-01-11");
        await Forms.FillLineAsync(page, 0, "Pan de masa madre", "3", "45.50", "10", "21");
        await Forms.FillLineAsync(page, 1, "Bollería surtida", "2", "19.99", "0", "10");
        await page.GetByLabel("Retención IRPF").SelectOptionAsync("15");
        await Forms.TotalsReadyAsync(page);
        var shown = new Dictionary<string, string>();
        foreach (var id in new[] { "net", "vat", "surcharge", "withholding", "total" })
            shown[id] = Plain(await page.Locator($"#preview-{id}").InnerTextAsync());
        var lineNets = (await page.Locator("#invoice-form .line-net").AllInnerTextsAsync()).Select(Plain).ToList();

        // A double click issues one invoice, then opens it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Emitir factura" }).DblClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/facturas/[0-9a-f-]{36}$"));
        await tab.ReadyAsync();
        var invoices = (await business.GetAsync($"/api/invoices?clientId={client.GetProperty("id").GetGuid()}")).GetProperty("data");
        invoices.GetArrayLength().ShouldBe(1);
        var invoice = await business.GetAsync($"/api/invoices/{invoices[0].GetProperty("id").GetGuid()}");
        page.Url.ShouldEndWith($"#/facturas/{invoice.GetProperty("id").GetGuid()}");

        // The page's live figures are the issued invoice's, to the cent.
        shown["net"].ShouldBe(Business.Euros(invoice.GetProperty("netTotal")));
        shown["vat"].ShouldBe(Business.Euros(invoice.GetProperty("vatTotal")));
        shown["surcharge"].ShouldBe(Business.Euros(invoice.GetProperty("surchargeTotal")));
        shown["withholding"].ShouldBe("−" + Business.Euros(invoice.GetProperty("withholdingTotal")));
        shown["total"].ShouldBe(Business.Euros(invoice.GetProperty("total")));
        lineNets.ShouldBe(invoice.GetProperty("lines").EnumerateArray().Select(l => Business.Euros(l.GetProperty("net"))).ToList());
        invoice.GetProperty("surchargeTotal").GetDecimal().ShouldBeGreaterThan(0); // the client's recargo applied
        invoice.GetProperty("withholdingRate").GetDecimal().ShouldBe(15);
        invoice.GetProperty("dueDate").GetString().ShouldBe("2027-01-11");
        var number = invoice.GetProperty("number").GetString()!;

        // In the alert list.
        await tab.GoAsync("#/cobros");
        await Expect(page.Locator("#receivables tbody tr").Filter(new() { HasText = number })).ToContainTextAsync(Business.Euros(invoice.GetProperty("total")));
        tab.ErrorsBut(400).ShouldBeEmpty();
    }

    [Fact]
    public async Task Descargar_PDF_saves_the_invoice_as_a_PDF_named_by_its_number()
    {
        var business = await app.NewBusinessAsync("Estudio Descarga");
        var clientId = await business.ClientAsync("Cliente del PDF", "12345678Z");
        var invoice = await business.InvoiceAsync(clientId, "2026-11-20", "2026-12-20", 250);
        var number = invoice.GetProperty("number").GetString()!;
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;

        await tab.GoAsync($"#/facturas/{invoice.GetProperty("id").GetGuid()}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Descargar PDF" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"{number}.pdf");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_answer_lost_on_the_way_back_is_retried_with_the_same_key_and_issues_one_invoice()
    {
        var business = await app.NewBusinessAsync("Estudio Reintenta");
        var clientId = await business.ClientAsync("Cliente Reintento", "12345678Z");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        // The first issue reaches the API, which issues it; its answer never reaches the page.
        var keys = new List<string>();
        await page.RouteAsync(url => new Uri(url).AbsolutePath == "/api/invoices", async route =>
        {
            if (route.Request.Method != "POST") { await route.ContinueAsync(); return; }
            keys.Add(route.Request.Headers["idempotency-key"]);
            if (keys.Count == 1)
            {
                await route.FetchAsync();
                await route.AbortAsync();
            }
            else await route.ContinueAsync();
        });

        // The totals' preview answers only after the issue has failed: its answer must not wipe the failure.
        var previewAsked = new TaskCompletionSource();
        var previewHeld = new TaskCompletionSource();
        await page.RouteAsync(url => new Uri(url).AbsolutePath == "/api/invoices/preview", async route =>
        {
            previewAsked.TrySetResult();
            await previewHeld.Task;
            await route.ContinueAsync();
        });

        await tab.GoAsync($"#/facturas/nueva?client={clientId}");
        await Forms.FillLineAsync(page, 0, "Consultoría", "1", "100", "0", "21");
        await previewAsked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var issue = page.GetByRole(AriaRole.Button, new() { Name = "Emitir factura" });
        await issue.ClickAsync();
        var status = page.Locator("#invoice-form .form-status");
        await Expect(status).ToContainTextAsync("No se puede contactar con el servidor");
        previewHeld.SetResult();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Totales" })).ToContainTextAsync("121,00");
        await Expect(status).ToContainTextAsync("No se puede contactar con el servidor");
        (await business.GetAsync("/api/invoices")).GetProperty("data").GetArrayLength().ShouldBe(1);

        await issue.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/facturas/[0-9a-f-]{36}$"));
        keys.Count.ShouldBe(2);
        keys.Distinct().Count().ShouldBe(1);
        (await business.GetAsync("/api/invoices")).GetProperty("data").GetArrayLength().ShouldBe(1);
        tab.Errors.ShouldAllBe(e => e.Contains("net::ERR_FAILED") || e.Contains("status of 4"));
    }

    [Fact]
    public async Task The_client_picker_searches_as_you_type_ignoring_accents_and_is_used_with_the_keyboard()
    {
        var business = await app.NewBusinessAsync("Estudio Busca");
        await business.ClientAsync("Café Ñandú", "12345678Z");
        await business.ClientAsync("Talleres Ruiz", "B64717838");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync("#/cobros");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nueva factura" }).ClickAsync();

        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Cliente" });
        await Expect(picker).ToBeFocusedAsync();
        await picker.PressSequentiallyAsync("nandu");
        var options = page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option);
        await Expect(options).ToHaveCountAsync(1);
        await Expect(options.First).ToContainTextAsync("Café Ñandú");
        await Expect(picker).ToHaveAttributeAsync("aria-expanded", "true");
        await picker.PressAsync("ArrowDown");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await picker.PressAsync("Enter");
        await Expect(picker).ToHaveValueAsync("Café Ñandú");
        await Expect(picker).ToHaveAttributeAsync("aria-expanded", "false");
        // The client's 30 days (the API's default) from today.
        await Expect(page.GetByLabel("Vencimiento")).ToHaveValueAsync("2026-12-27");

        // Lines by keyboard: "Añadir línea" moves the focus to the new line's description.
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir línea" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#invoice-form fieldset.line").Nth(1).GetByLabel("Concepto")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Quitar línea 2" }).ClickAsync();
        await Expect(page.Locator("#invoice-form fieldset.line")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Quitar línea 1" })).ToBeDisabledAsync();
        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_note_ended_with_Enter_keeps_the_live_totals_and_issues_the_invoice_with_it()
    {
        var business = await app.NewBusinessAsync("Estudio Notas");
        var clientId = await business.ClientAsync("Cliente de las Notas", "12345678Z");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync($"#/facturas/nueva?client={clientId}");
        await Forms.FillLineAsync(page, 0, "Rótulo", "1", "300", "0", "21");
        await Forms.TotalsReadyAsync(page);
        // Each line's base is announced with its line.
        await Expect(page.Locator("#invoice-form .line-net").First).ToHaveAccessibleNameAsync("Base línea 1");

        // The API's free text takes no line break: the note is one line, so Enter cannot put one in
        // (it submits, as in any other field), and the preview keeps its totals.
        var notes = page.GetByLabel("Notas");
        await notes.PressSequentiallyAsync("Entrega en tienda");
        await Forms.TotalsReadyAsync(page);
        await Expect(page.Locator("#preview-total")).ToContainTextAsync("363,00");
        await notes.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("#/facturas/[0-9a-f-]{36}$"));
        var invoice = await business.GetAsync($"/api/invoices/{page.Url[^36..]}");
        invoice.GetProperty("notes").GetString().ShouldBe("Entrega en tienda");
        invoice.GetProperty("total").GetDecimal().ShouldBe(363m);
        tab.Errors.ShouldBeEmpty();
    }

    /// <summary>Text as a reader sees it: Intl writes "1,00 €" with a no-break space.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Trim();
}
