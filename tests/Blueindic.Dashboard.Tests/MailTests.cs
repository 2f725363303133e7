using Blueindic.Dashboard.Tests.Support;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Blueindic.Dashboard.Tests;

/// <summary>"Enviar" and "Enviar recordatorio", on an API with no mail relay: mails go to its outbox folder.</summary>
[Collection(DashboardCollection.Name)]
public sealed class MailTests(DashboardFixture app)
{
    /// <summary>
    /// The mail the API wrote to its outbox folder a moment after its 202, read back by MimeKit: a watcher
    /// wakes on the file's arrival (written as .partial, then renamed), nothing sleeps on a timer.
    /// </summary>
    private static async Task<MimeMessage> Outboxed(string messageId)
    {
        Directory.CreateDirectory(DashboardFixture.Outbox);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(DashboardFixture.Outbox, "*.eml") { EnableRaisingEvents = true };
        watcher.Renamed += (_, _) => arrived.TrySetResult();
        watcher.Created += (_, _) => arrived.TrySetResult();
        while (true)
        {
            // Armed before looking: a file landing between the look and the wait still wakes it.
            var next = arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var mail = Directory.GetFiles(DashboardFixture.Outbox, "*.eml").Select(f => MimeMessage.Load(f)).SingleOrDefault(m => m.MessageId == messageId);
            if (mail is not null) return mail;
            try { await next.Task.WaitAsync(TimeSpan.FromSeconds(10)); }
            catch (TimeoutException) { throw new TimeoutException($"No mail {messageId} in {DashboardFixture.Outbox} after 10 s."); }
        }
    }

    [Fact]
    public async Task Enviar_mails_the_invoice_to_the_clients_address_and_says_it_was_only_kept_in_the_outbox()
    {
        var business = await app.NewBusinessAsync("Estudio Envía");
        var client = await business.ClientAsync("Cliente Envío", "12345678Z", "envio@cliente.example");
        var invoice = await business.InvoiceAsync(client, "2026-11-20", "2026-12-20");
        var id = invoice.GetProperty("id").GetGuid();
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync($"#/facturas/{id}");
        await Expect(page.Locator("#invoice-mails")).ToContainTextAsync("Aún no se ha enviado ningún correo.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar", Exact = true }).ClickAsync();
        var form = page.Locator("#send-form");
        await Expect(form.GetByLabel("Para")).ToHaveValueAsync("envio@cliente.example");
        // A malformed copy: the API's 422, beside its field.
        await form.GetByLabel("Copia").FillAsync("jefa@");
        await form.GetByRole(AriaRole.Button, new() { Name = "Enviar" }).ClickAsync();
        (await Forms.FieldErrorAsync(form.GetByLabel("Copia"))).ShouldContain("Dirección 1");

        await form.GetByLabel("Copia").FillAsync("jefa@cliente.example");
        await form.GetByLabel("Mensaje").FillAsync("Adjuntamos la factura de noviembre.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Enviar" }).ClickAsync();
        await Expect(page.Locator("#toast")).ToContainTextAsync("No se ha entregado");
        var row = page.Locator("#invoice-mails tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("envio@cliente.example, jefa@cliente.example");
        await Expect(page.Locator(".timeline")).ToContainTextAsync("Enviada por correo");

        var sent = (await business.GetAsync($"/api/invoices/{id}")).GetProperty("sendings")[0].GetProperty("messageId").GetString()!;
        var mail = await Outboxed(sent);
        mail.Subject.ShouldBe($"Factura {invoice.GetProperty("number").GetString()} de Estudio Envía");
        mail.TextBody.ShouldNotBeNull().ShouldContain("Adjuntamos la factura de noviembre.");
        mail.Attachments.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Enviar_recordatorio_on_an_alert_list_row_sends_one_and_the_row_says_so()
    {
        var business = await app.NewBusinessAsync("Estudio Recuerda");
        var client = await business.ClientAsync("Cliente Moroso", "12345678Z", "moroso@cliente.example");
        var invoice = await business.InvoiceAsync(client, "2026-10-01", "2026-11-01");
        await using var tab = await Tab.OpenAsync(app);
        await tab.SignInAsync(business.Key);
        var page = tab.Page;
        await tab.GoAsync("#/cobros");

        var row = page.Locator($"tr[data-invoice='{invoice.GetProperty("id").GetGuid()}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Enviar recordatorio" }).ClickAsync();

        await Expect(row.Locator(".last-reminder")).ToContainTextAsync("Último recordatorio: Vencida");
        await Expect(page.Locator("#toast")).ToContainTextAsync("No se ha entregado");
        var reminder = (await business.GetAsync($"/api/invoices/{invoice.GetProperty("id").GetGuid()}")).GetProperty("reminders").EnumerateArray().Single();
        reminder.GetProperty("kind").GetString().ShouldBe("overdue");
        (await Outboxed(reminder.GetProperty("messageId").GetString()!)).Subject.ShouldEndWith("pendientes");
    }
}
