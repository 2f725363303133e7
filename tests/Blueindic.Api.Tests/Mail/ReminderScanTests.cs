using System.Text.Json;
using Blueindic.Api.Reminders;
using Blueindic.Api.Tests.Support;
using MimeKit;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace Blueindic.Api.Tests.Mail;

/// <summary>
/// The reminder scan at the tests' fixed instant: Monday 15 June 2026, 12:00 in Madrid, after the
/// default policy's 09:00 (steps −3 upcoming, +1 and +15 overdue, +30 formal claim).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReminderScanTests(AppFixture app)
{
    private static SmtpSink Smtp => AppFixture.Smtp;

    private sealed record Business(TestTenant Tenant, Guid ClientId, string Email);

    private async Task<Business> BusinessWithClient(string? email = "")
    {
        var tenant = await app.NewTenant("Estudio Recuerda");
        var address = email == "" ? $"deudor-{Guid.NewGuid():N}@example.com" : email;
        var client = await tenant.RegisterClient(new { name = "Deudor SL", email = address, paymentTermsDays = 30 });
        return new Business(tenant, client.GetProperty("id").GetGuid(), address ?? "");
    }

    private static async Task<Guid> Invoice(Business b, string dueDate, string issueDate = "2026-04-01") =>
        (await b.Tenant.IssueSimpleInvoice(b.ClientId, issueDate, dueDate)).GetProperty("id").GetGuid();

    /// <summary>One scan, waited for to the last mail it caused; what it published is in the answer.</summary>
    private Task<ITrackedSession> Scan() => app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).IncludeExternalTransports()
        .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(bus => bus.InvokeAsync(new ScanReminders(null))));

    /// <summary>The invoices a scan handed to a batch: its own filter, before the batch decides again.</summary>
    private static IReadOnlyList<Guid> Batched(ITrackedSession scan) =>
        scan.Sent.MessagesOf<SendReminders>().SelectMany(b => b.Due).Select(d => d.InvoiceId).ToList();

    private static async Task<JsonElement[]> Reminders(Business b, Guid invoiceId) =>
        (await b.Tenant.HistoryOf($"/api/invoices/{invoiceId}/history")).Where(e => e.GetProperty("type").GetString() == "ReminderSent").ToArray();

    private static IReadOnlyList<MimeMessage> MailsTo(string address) => Smtp.Received.Where(m => SmtpSink.To(m, address)).ToList();

    [Fact]
    public async Task A_step_due_today_is_sent_once_however_many_scans_follow()
    {
        var b = await BusinessWithClient();
        var id = await Invoice(b, "2026-06-14");

        Batched(await Scan()).ShouldContain(id);
        Batched(await Scan()).ShouldNotContain(id);

        var sent = (await Reminders(b, id)).ShouldHaveSingleItem();
        sent.GetProperty("user").GetString().ShouldBe("system:reminders");
        sent.GetProperty("data").GetProperty("step").GetInt32().ShouldBe(1);
        sent.GetProperty("data").GetProperty("kind").GetString().ShouldBe("overdue");
        var mail = MailsTo(b.Email).ShouldHaveSingleItem();
        mail.MessageId.ShouldBe(sent.GetProperty("data").GetProperty("messageId").GetString());
        mail.Subject.ShouldStartWith("Factura ");
        mail.Subject.ShouldEndWith("vencida: 121,00 € pendientes");
        mail.TextBody.ShouldNotBeNull().ShouldContain("1 día de retraso");
    }

    [Fact]
    public async Task After_downtime_only_the_latest_step_due_is_sent_never_the_earlier_ones()
    {
        var b = await BusinessWithClient();
        var id = await Invoice(b, "2026-05-25");   // +1 (26 May) and +15 (9 June) are both past

        await Scan();

        (await Reminders(b, id)).ShouldHaveSingleItem().GetProperty("data").GetProperty("step").GetInt32().ShouldBe(15);
        MailsTo(b.Email).ShouldHaveSingleItem().TextBody.ShouldNotBeNull().ShouldContain("21 días de retraso");
    }

    [Fact]
    public async Task The_formal_claim_states_what_is_due_the_legal_interest_to_date_and_the_40_euros()
    {
        var b = await BusinessWithClient();
        var id = await Invoice(b, "2026-05-01");   // 45 days late: the +30 step
        var claim = (await b.Tenant.Get($"/api/invoices/{id}/late-payment")).Json();

        await Scan();

        (await Reminders(b, id)).ShouldHaveSingleItem().GetProperty("data").GetProperty("kind").GetString().ShouldBe("formalClaim");
        var mail = MailsTo(b.Email).ShouldHaveSingleItem();
        mail.Subject.ShouldStartWith("Requerimiento de pago: factura ");
        var text = mail.TextBody.ShouldNotBeNull();
        text.ShouldContain($"Importe pendiente: {Pdfs.Money(121m)}");
        text.ShouldContain($"Intereses de demora hasta hoy (Ley 3/2004, art. 7): {Pdfs.Money(claim.GetProperty("interest").GetDecimal())}");
        claim.GetProperty("interest").GetDecimal().ShouldBeGreaterThan(0m);
        text.ShouldContain($"Indemnización por costes de cobro (art. 8): {Pdfs.Money(40m)}");
        text.ShouldContain($"Total reclamado: {Pdfs.Money(121m + 40m + claim.GetProperty("interest").GetDecimal())}");
    }

    [Fact]
    public async Task An_invoice_falling_due_in_three_days_gets_the_upcoming_note()
    {
        var b = await BusinessWithClient();
        var id = await Invoice(b, "2026-06-18", issueDate: "2026-06-01");

        await Scan();

        (await Reminders(b, id)).ShouldHaveSingleItem().GetProperty("data").GetProperty("kind").GetString().ShouldBe("upcoming");
        MailsTo(b.Email).ShouldHaveSingleItem().Subject.ShouldEndWith("vence el 18/06/2026");
    }

    [Fact]
    public async Task Nothing_is_sent_for_paid_written_off_or_cancelled_invoices_nor_to_a_client_without_email()
    {
        var b = await BusinessWithClient();
        var paid = await Invoice(b, "2026-06-14");
        (await b.Tenant.Post($"/api/invoices/{paid}/payments", new { amount = 121, date = "2026-06-15" })).Status().ShouldBe(200);
        var lost = await Invoice(b, "2026-06-14");
        (await b.Tenant.Post($"/api/invoices/{lost}/uncollectible", new { reason = "Concurso de acreedores" })).Status().ShouldBe(200);
        var cancelled = await Invoice(b, "2026-06-14");
        (await b.Tenant.Post($"/api/invoices/{cancelled}/corrections", new { reason = "Emitida por error" })).Status().ShouldBe(201);
        var silent = await BusinessWithClient(email: null);
        var noEmail = await Invoice(silent, "2026-06-14");

        var scan = await Scan();

        foreach (var (owner, id) in new[] { (b, paid), (b, lost), (b, cancelled), (silent, noEmail) })
        {
            (await Reminders(owner, id)).ShouldBeEmpty();
            Batched(scan).ShouldNotContain(id);
        }
        MailsTo(b.Email).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_invoice_says_its_next_reminder_and_the_reminders_sent()
    {
        var b = await BusinessWithClient();
        var id = await Invoice(b, "2026-06-14");

        var before = await b.Tenant.Invoice(id);
        before.GetProperty("nextReminder").GetProperty("kind").GetString().ShouldBe("overdue");
        before.GetProperty("nextReminder").GetProperty("step").GetInt32().ShouldBe(1);
        before.GetProperty("nextReminder").GetProperty("at").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 6, 15, 7, 0, 0, TimeSpan.Zero));
        await Scan();

        var after = await b.Tenant.Invoice(id);
        after.GetProperty("reminders").EnumerateArray().ShouldHaveSingleItem().GetProperty("step").GetInt32().ShouldBe(1);
        after.GetProperty("nextReminder").GetProperty("step").GetInt32().ShouldBe(15);
        // 29 June at 09:00 in Madrid (summer time, UTC+2).
        after.GetProperty("nextReminder").GetProperty("at").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 6, 29, 7, 0, 0, TimeSpan.Zero));
        var row = (await b.Tenant.Get("/api/receivables")).Json().GetProperty("data").EnumerateArray().Single();
        row.GetProperty("lastReminder").GetProperty("kind").GetString().ShouldBe("overdue");
        row.GetProperty("lastReminder").GetProperty("at").GetDateTimeOffset().ShouldBe(AppFixture.Now);
        // The day before it was sent, the list showed none.
        (await b.Tenant.Get("/api/receivables?asOf=2026-06-14")).Json().GetProperty("data").EnumerateArray().Single()
            .GetProperty("lastReminder").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Two_batches_meeting_the_same_invoice_record_its_step_once()
    {
        var b = await BusinessWithClient();
        var id = await Invoice(b, "2026-06-14");
        var batch = new SendReminders([new DueReminder(id, 1)]);

        // Each on a bus of its own, at once, as two nodes' batches would run; tracked until their mails are handled.
        await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                await using var scope = app.Host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync(b.Tenant.TenantId.ToString(), batch);
            }))));

        (await Reminders(b, id)).ShouldHaveSingleItem();
        MailsTo(b.Email).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_client_with_reminders_off_or_a_business_with_them_disabled_gets_none()
    {
        var b = await BusinessWithClient();
        var optedOut = await b.Tenant.RegisterClient(new { name = "No Molestar SL", email = $"no-{Guid.NewGuid():N}@example.com", reminders = false });
        var quiet = (await b.Tenant.IssueSimpleInvoice(optedOut.GetProperty("id").GetGuid(), "2026-04-01", "2026-06-14")).GetProperty("id").GetGuid();
        var off = await BusinessWithClient();
        var offInvoice = await Invoice(off, "2026-06-14");
        var disabled = (await off.Tenant.Get("/api/settings/reminders")).Json();
        (await off.Tenant.Put("/api/settings/reminders", new { enabled = false, sendAt = "09:00", steps = disabled.GetProperty("steps") })).Status().ShouldBe(200);

        (await b.Tenant.Invoice(quiet)).GetProperty("nextReminder").ValueKind.ShouldBe(JsonValueKind.Null);
        var scan = await Scan();

        Batched(scan).ShouldNotContain(quiet);
        Batched(scan).ShouldNotContain(offInvoice);
        (await Reminders(b, quiet)).ShouldBeEmpty();
        (await Reminders(off, offInvoice)).ShouldBeEmpty();
        MailsTo(off.Email).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_policy_change_takes_effect_for_the_steps_not_yet_sent()
    {
        var b = await BusinessWithClient();
        var id = await Invoice(b, "2026-06-14");
        // The +1 step moved to +2, and the hour past noon: nothing is due at 12:00 on the 15th.
        (await b.Tenant.Put("/api/settings/reminders", new
        {
            enabled = true, sendAt = "13:00",
            steps = new[] { new { daysFromDue = 2, kind = "overdue" }, new { daysFromDue = 30, kind = "formalClaim" } },
        })).Status().ShouldBe(200);

        var scan = await Scan();

        Batched(scan).ShouldNotContain(id);
        (await Reminders(b, id)).ShouldBeEmpty();
        var next = (await b.Tenant.Invoice(id)).GetProperty("nextReminder");
        next.GetProperty("step").GetInt32().ShouldBe(2);
        next.GetProperty("at").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 6, 16, 11, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_client_who_reads_english_gets_the_reminder_in_english()
    {
        var b = await BusinessWithClient();
        var english = await b.Tenant.RegisterClient(new { name = "Müller GmbH", email = $"billing-{Guid.NewGuid():N}@example.com", language = "en" });
        var id = (await b.Tenant.IssueSimpleInvoice(english.GetProperty("id").GetGuid(), "2026-04-01", "2026-06-14")).GetProperty("id").GetGuid();

        await Scan();

        var mail = MailsTo(english.GetProperty("email").GetString()!).ShouldHaveSingleItem();
        mail.Subject.ShouldEndWith("is overdue: €121.00 outstanding");
        mail.TextBody.ShouldNotBeNull().ShouldContain("1 day overdue");
        mail.Headers[MimeKit.HeaderId.ContentLanguage]?.Trim().ShouldBe("en");
        (await Reminders(b, id)).ShouldHaveSingleItem();
    }
}
