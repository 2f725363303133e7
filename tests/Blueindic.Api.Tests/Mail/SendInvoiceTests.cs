using System.Text.Json;
using MimeKit;
using SmtpServer.Protocol;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Mail;

[Collection(ApiCollection.Name)]
public sealed class SendInvoiceTests(AppFixture app)
{
    private static SmtpSink Smtp => AppFixture.Smtp;

    private static async Task<(TestTenant Tenant, JsonElement Invoice)> InvoiceFor(AppFixture app, string? email)
    {
        var tenant = await app.NewTenant("Estudio Correo");
        var client = await tenant.RegisterClient(new { name = "Cliente Correo", email, paymentTermsDays = 30 });
        var invoice = await tenant.IssueSimpleInvoice(client.GetProperty("id").GetGuid());
        return (tenant, invoice);
    }

    private static string Id(JsonElement invoice) => invoice.GetProperty("id").GetString()!;

    [Fact]
    public async Task An_invoice_is_mailed_to_its_client_with_its_pdf_and_the_send_is_in_its_history()
    {
        var address = $"cliente-{Guid.NewGuid():N}@example.com";
        var (tenant, invoice) = await InvoiceFor(app, address);
        var number = invoice.GetProperty("number").GetString()!;

        var result = await tenant.Post($"/api/invoices/{Id(invoice)}/send", new { message = "Gracias por su confianza.\nHasta pronto." });

        result.Status().ShouldBe(202, result.ReadAsText());
        var answer = result.Json();
        answer.GetProperty("to").EnumerateArray().Select(e => e.GetString()).ShouldBe([address]);
        answer.GetProperty("delivery").GetString().ShouldBe("smtp");
        var messageId = answer.GetProperty("messageId").GetString()!;
        var mail = (await Smtp.WaitForAsync(m => m.MessageId == messageId)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe($"Factura {number} de Estudio Correo");
        mail.From.Mailboxes.Single().ShouldSatisfyAllConditions(
            f => f.Name.ShouldBe("Estudio Correo"), f => f.Address.ShouldBe("facturas@blueindic.test"));
        mail.TextBody.ShouldNotBeNull().ShouldContain("Gracias por su confianza.\nHasta pronto.");
        mail.TextBody.ShouldContain("121,00 €");
        var pdf = mail.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        pdf.ContentType.MimeType.ShouldBe("application/pdf");
        using var bytes = new MemoryStream();
        await pdf.Content.ShouldNotBeNull().DecodeToAsync(bytes);
        PdfReadBack.Of(bytes.ToArray()).All.ShouldContain(number);

        var history = await tenant.HistoryOf($"/api/invoices/{Id(invoice)}/history");
        var sent = history.Last();
        sent.GetProperty("type").GetString().ShouldBe("InvoiceSent");
        sent.GetProperty("user").GetString().ShouldBe($"key:{tenant.KeyId}");
        sent.GetProperty("data").GetProperty("messageId").GetString().ShouldBe(messageId);
        var view = await tenant.Invoice(Guid.Parse(Id(invoice)));
        view.GetProperty("sendings").EnumerateArray().Single().GetProperty("messageId").GetString().ShouldBe(messageId);
        var audit = (await tenant.Get("/api/audit?limit=100")).Json().GetProperty("data").EnumerateArray();
        audit.ShouldContain(e => e.GetProperty("type").GetString() == "InvoiceSent" && e.GetProperty("user").GetString() == $"key:{tenant.KeyId}");
    }

    [Fact]
    public async Task Addresses_given_replace_the_clients_and_copies_are_kept_apart()
    {
        var (tenant, invoice) = await InvoiceFor(app, "cliente@example.com");
        var to = $"contabilidad-{Guid.NewGuid():N}@example.com";

        var result = await tenant.Post($"/api/invoices/{Id(invoice)}/send", new { to = new[] { to }, cc = new[] { " Jefa@Example.COM ", to } });

        result.Status().ShouldBe(202, result.ReadAsText());
        var mail = (await Smtp.WaitForAsync(m => SmtpSink.To(m, to))).ShouldHaveSingleItem();
        mail.To.Mailboxes.Select(m => m.Address).ShouldBe([to]);
        mail.Cc.Mailboxes.Select(m => m.Address).ShouldBe(["Jefa@example.com"]);
    }

    [Fact]
    public async Task A_client_without_email_and_no_address_given_is_a_409_and_nothing_is_appended()
    {
        var (tenant, invoice) = await InvoiceFor(app, null);
        var before = (await tenant.HistoryOf($"/api/invoices/{Id(invoice)}/history")).Length;

        var result = await tenant.Post($"/api/invoices/{Id(invoice)}/send", new { });

        result.Status().ShouldBe(409, result.ReadAsText());
        result.ReadAsText().ShouldContain("email");
        (await tenant.HistoryOf($"/api/invoices/{Id(invoice)}/history")).Length.ShouldBe(before);
    }

    [Fact]
    public async Task A_malformed_address_is_a_422_naming_it_and_nothing_is_appended()
    {
        var (tenant, invoice) = await InvoiceFor(app, "cliente@example.com");

        var result = await tenant.Post($"/api/invoices/{Id(invoice)}/send", new { to = new[] { "ok@example.com", "no es un correo" }, cc = new[] { "x@" } });

        result.Status().ShouldBe(422, result.ReadAsText());
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        result.Json().GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["to[1]", "cc[0]"], ignoreOrder: true);
        (await tenant.HistoryOf($"/api/invoices/{Id(invoice)}/history")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_bad_message_is_a_400_and_an_unknown_invoice_a_404()
    {
        var (tenant, invoice) = await InvoiceFor(app, "cliente@example.com");

        (await tenant.Post($"/api/invoices/{Id(invoice)}/send", new { message = new string('x', 2001) })).Status().ShouldBe(400);
        (await tenant.Post($"/api/invoices/{Id(invoice)}/send", new { message = "bip\u0007" })).Status().ShouldBe(400);
        (await tenant.Post($"/api/invoices/{Guid.NewGuid()}/send", new { })).Status().ShouldBe(404);
        (await tenant.HistoryOf($"/api/invoices/{Id(invoice)}/history")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_mail_the_relay_refuses_for_good_is_recorded_as_failed_on_the_invoice()
    {
        var to = $"rechazo-{Guid.NewGuid():N}@example.com";
        Smtp.Refuse = m => SmtpSink.To(m, to) ? new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "No such user here") : null;
        var (tenant, invoice) = await InvoiceFor(app, to);

        var result = await app.Host.UntilMailHandledAsync(() => tenant.Post($"/api/invoices/{Id(invoice)}/send", new { }));
        result.Status().ShouldBe(202, result.ReadAsText());

        var failed = (await tenant.HistoryOf($"/api/invoices/{Id(invoice)}/history"))
            .Single(e => e.GetProperty("type").GetString() == "InvoiceSendFailed");
        failed.GetProperty("user").GetString().ShouldBe("system:mail");
        failed.GetProperty("data").GetProperty("reason").GetString()!.ShouldContain("550");
        failed.GetProperty("data").GetProperty("attempts").GetInt32().ShouldBe(1);
        var sending = (await tenant.Invoice(Guid.Parse(Id(invoice)))).GetProperty("sendings").EnumerateArray().Single();
        sending.GetProperty("failedBecause").GetString()!.ShouldContain("No such user here");
    }

    [Fact]
    public async Task A_relay_that_fails_for_now_is_asked_again_and_the_mail_arrives_once()
    {
        var to = $"ocupado-{Guid.NewGuid():N}@example.com";
        var refused = 0;
        Smtp.Refuse = m => SmtpSink.To(m, to) && Interlocked.Increment(ref refused) <= 2
            ? new SmtpResponse(SmtpReplyCode.InsufficientStorage, "Try again later") : null;
        var (tenant, invoice) = await InvoiceFor(app, to);

        (await app.Host.UntilMailHandledAsync(() => tenant.Post($"/api/invoices/{Id(invoice)}/send", new { }))).Status().ShouldBe(202);

        // Handled for good: nothing is left to send it again.
        Smtp.Received.Count(m => SmtpSink.To(m, to)).ShouldBe(1);
        refused.ShouldBe(3);
        (await tenant.HistoryOf($"/api/invoices/{Id(invoice)}/history")).ShouldNotContain(e => e.GetProperty("type").GetString() == "InvoiceSendFailed");
    }
}
