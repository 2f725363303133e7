using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Invoices;

[Collection(ApiCollection.Name)]
public sealed class InvoiceLifecycleTests(AppFixture app)
{
    private static DateOnly Today => AppFixture.Today;
    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();
    private static decimal Money(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
    private static string Status(JsonElement e) => e.GetProperty("status").GetString()!;

    [Fact]
    public async Task Issue_with_Spanish_tax_math_then_pay_part_then_the_rest()
    {
        var tenant = await app.NewTenant(taxId: "12345678Z", address: new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014" });
        var clientId = (await tenant.RegisterClient(new { name = "Panadería Muñoz", taxId = "B64717838", equivalenceSurcharge = true, paymentTermsDays = 45 }))
            .GetProperty("id").GetGuid();

        var created = await tenant.Post("/api/invoices", new
        {
            clientId,
            withholdingRate = 15,
            notes = "Pedido de noviembre",
            lines = new object[]
            {
                new { description = "Pan", quantity = 3, unitPrice = 10.125m, discountPercent = 10, vatRate = 10 },
                new { description = "Diseño de etiqueta", quantity = 1, unitPrice = 100, vatRate = 21 },
            },
        });
        created.Status().ShouldBe(201, created.ReadAsText());
        var invoice = created.Json();
        created.Header("Location").ShouldBe($"/api/invoices/{Id(invoice)}");
        created.Header("ETag").ShouldBe("\"1\"");

        invoice.GetProperty("number").GetString().ShouldBe($"F-{Today.Year}-0001");
        invoice.GetProperty("issueDate").GetString().ShouldBe(Today.ToString("yyyy-MM-dd"));
        invoice.GetProperty("dueDate").GetString().ShouldBe(Today.AddDays(45).ToString("yyyy-MM-dd"));
        invoice.GetProperty("lines").EnumerateArray().Select(l => Money(l, "net")).ShouldBe([27.34m, 100m]);
        var taxes = invoice.GetProperty("taxes").EnumerateArray().ToList();
        taxes.Select(t => (Money(t, "vatRate"), Money(t, "base"), Money(t, "vat"), Money(t, "surchargeRate"), Money(t, "surcharge")))
            .ShouldBe([(21m, 100m, 21m, 5.2m, 5.2m), (10m, 27.34m, 2.73m, 1.4m, 0.38m)]);
        (Money(invoice, "netTotal"), Money(invoice, "vatTotal"), Money(invoice, "surchargeTotal"), Money(invoice, "withholdingTotal"), Money(invoice, "total"))
            .ShouldBe((127.34m, 23.73m, 5.58m, 19.10m, 137.55m));
        invoice.GetProperty("currency").GetString().ShouldBe("EUR");
        invoice.GetProperty("issuer").GetProperty("taxId").GetString().ShouldBe("12345678Z");
        invoice.GetProperty("issuer").GetProperty("address").GetProperty("city").GetString().ShouldBe("Madrid");
        invoice.GetProperty("client").GetProperty("taxId").GetString().ShouldBe("B64717838");
        Status(invoice).ShouldBe("issued");
        Money(invoice, "amountDue").ShouldBe(137.55m);
        var verifactu = invoice.GetProperty("verifactu");
        verifactu.GetProperty("previousHash").GetString().ShouldBe("");
        verifactu.GetProperty("hash").GetString()!.Length.ShouldBe(64);
        verifactu.GetProperty("qrUrl").GetString()!.ShouldContain($"numserie=F-{Today.Year}-0001");

        var part = await tenant.Post($"/api/invoices/{Id(invoice)}/payments", new { amount = 37.55m, method = "cash" });
        part.Status().ShouldBe(200, part.ReadAsText());
        Status(part.Json()).ShouldBe("partiallyPaid");
        Money(part.Json(), "amountDue").ShouldBe(100m);

        var rest = await tenant.Post($"/api/invoices/{Id(invoice)}/payments");
        rest.Status().ShouldBe(200, rest.ReadAsText());
        var paid = rest.Json();
        Status(paid).ShouldBe("paid");
        Money(paid, "amountPaid").ShouldBe(137.55m);
        Money(paid, "amountDue").ShouldBe(0m);
        paid.GetProperty("payments").EnumerateArray().Select(p => (Money(p, "amount"), p.GetProperty("method").GetString()))
            .ShouldBe([(37.55m, "cash"), (100m, "transfer")]);
        paid.GetProperty("version").GetInt64().ShouldBe(3);

        (await tenant.Post($"/api/invoices/{Id(invoice)}/payments", new { amount = 0.01m })).Status().ShouldBe(409);
        (await tenant.HistoryOf($"/api/invoices/{Id(invoice)}/history")).Select(h => h.GetProperty("type").GetString())
            .ShouldBe(["InvoiceIssued", "PaymentRecorded", "PaymentRecorded"]);

        // Later edits of the client do not rewrite the invoice.
        (await tenant.Put($"/api/clients/{clientId}", new { name = "Otro nombre", taxId = "A58818501" })).Status().ShouldBe(200);
        (await tenant.Invoice(Id(invoice))).GetProperty("client").GetProperty("name").GetString().ShouldBe("Panadería Muñoz");
        (await tenant.Get($"/api/invoices/by-number/f-{Today.Year}-0001")).Json().GetProperty("id").GetGuid().ShouldBe(Id(invoice));
    }

    [Fact]
    public async Task Overpaying_non_positive_amounts_and_bad_methods_are_refused_and_append_nothing()
    {
        var tenant = await app.NewTenant();
        var invoice = await tenant.IssueSimpleInvoice(await tenant.NewClient());
        var url = $"/api/invoices/{Id(invoice)}/payments";
        (await tenant.Post(url, new { amount = 121.01m })).Status().ShouldBe(409);
        (await tenant.Post(url, new { amount = 0 })).ErrorFields().ShouldContain("amount");
        (await tenant.Post(url, new { amount = -3 })).ErrorFields().ShouldContain("amount");
        (await tenant.Post(url, new { amount = 1.001m })).ErrorFields().ShouldContain("amount");
        (await tenant.PostRaw(url, """{ "method": "bitcoin" }""")).ErrorFields().ShouldContain("method");
        (await tenant.Post(url, new { date = Today.AddDays(1).ToString("yyyy-MM-dd") })).ErrorFields().ShouldContain("date");
        (await tenant.Invoice(Id(invoice))).GetProperty("version").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task A_reversed_payment_is_due_again_and_stays_in_the_history()
    {
        var tenant = await app.NewTenant();
        var invoice = await tenant.IssueSimpleInvoice(await tenant.NewClient());
        var paid = (await tenant.Post($"/api/invoices/{Id(invoice)}/payments", new { reference = "TRF-2026-11" })).Json();
        var paymentId = paid.GetProperty("payments")[0].GetProperty("id").GetGuid();

        (await tenant.Post($"/api/invoices/{Id(invoice)}/payments/{paymentId}/reverse", new { reason = "" })).ErrorFields().ShouldContain("reason");
        (await tenant.Post($"/api/invoices/{Id(invoice)}/payments/{paymentId}/reverse", new { reason = "x\u0000" })).ErrorFields().ShouldContain("reason");
        var reversed = await tenant.Post($"/api/invoices/{Id(invoice)}/payments/{paymentId}/reverse", new { reason = "Transferencia devuelta" });
        reversed.Status().ShouldBe(200, reversed.ReadAsText());
        Status(reversed.Json()).ShouldBe("issued");
        Money(reversed.Json(), "amountDue").ShouldBe(121m);
        reversed.Json().GetProperty("payments")[0].GetProperty("reversed").GetBoolean().ShouldBeTrue();
        (await tenant.Post($"/api/invoices/{Id(invoice)}/payments/{paymentId}/reverse", new { reason = "otra vez" })).Status().ShouldBe(409);
        (await tenant.Post($"/api/invoices/{Id(invoice)}/payments/{Guid.NewGuid()}/reverse", new { reason = "¿?" })).Status().ShouldBe(404);
    }

    [Fact]
    public async Task Writing_off_then_recovering_the_money()
    {
        var tenant = await app.NewTenant();
        var invoice = await tenant.IssueSimpleInvoice(await tenant.NewClient());
        await tenant.Post($"/api/invoices/{Id(invoice)}/payments", new { amount = 21 });

        var writtenOff = await tenant.Post($"/api/invoices/{Id(invoice)}/uncollectible", new { reason = "Concurso de acreedores" });
        writtenOff.Status().ShouldBe(200, writtenOff.ReadAsText());
        Status(writtenOff.Json()).ShouldBe("uncollectible");
        Money(writtenOff.Json(), "amountWrittenOff").ShouldBe(100m);
        Money(writtenOff.Json(), "amountDue").ShouldBe(0m);
        (await tenant.Post($"/api/invoices/{Id(invoice)}/uncollectible", new { reason = "otra vez" })).Status().ShouldBe(409);

        var recovered = await tenant.Post($"/api/invoices/{Id(invoice)}/payments");
        recovered.Status().ShouldBe(200, recovered.ReadAsText());
        Status(recovered.Json()).ShouldBe("paid");
        Money(recovered.Json(), "amountWrittenOff").ShouldBe(0m);
        Money(recovered.Json(), "amountPaid").ShouldBe(121m);
    }

    [Fact]
    public async Task Cancelling_with_a_corrective_invoice_and_correcting_by_differences()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient();
        var first = await tenant.IssueSimpleInvoice(clientId);
        var second = await tenant.IssueSimpleInvoice(clientId);

        var cancel = await tenant.Post($"/api/invoices/{Id(first)}/corrections", new { reason = "Factura duplicada" });
        cancel.Status().ShouldBe(201, cancel.ReadAsText());
        var corrective = cancel.Json();
        cancel.Header("Location").ShouldBe($"/api/invoices/{Id(corrective)}");
        corrective.GetProperty("number").GetString().ShouldBe($"R-{Today.Year}-0001");
        Money(corrective, "total").ShouldBe(-121m);
        corrective.GetProperty("lines")[0].GetProperty("quantity").GetDecimal().ShouldBe(-1m);
        corrective.GetProperty("corrects").GetProperty("invoiceId").GetGuid().ShouldBe(Id(first));
        corrective.GetProperty("verifactu").GetProperty("position").GetInt64().ShouldBe(3);

        var cancelled = await tenant.Invoice(Id(first));
        Status(cancelled).ShouldBe("cancelled");
        Money(cancelled, "amountDue").ShouldBe(0m);
        cancelled.GetProperty("correctedBy")[0].GetProperty("number").GetString().ShouldBe($"R-{Today.Year}-0001");
        (await tenant.Post($"/api/invoices/{Id(first)}/payments", new { amount = 1 })).Status().ShouldBe(409);
        (await tenant.Post($"/api/invoices/{Id(first)}/corrections", new { reason = "otra vez" })).Status().ShouldBe(409);

        await tenant.Post($"/api/invoices/{Id(second)}/payments", new { amount = 100 });
        (await tenant.Post($"/api/invoices/{Id(second)}/corrections", new { reason = "Anular" })).Status().ShouldBe(409);
        var tooMuch = new { reason = "Descuento", lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -20, vatRate = 21 } } };
        (await tenant.Post($"/api/invoices/{Id(second)}/corrections", tooMuch)).Status().ShouldBe(409);
        var discount = new { reason = "Descuento pactado", lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -10, vatRate = 21 } } };
        var byDifferences = await tenant.Post($"/api/invoices/{Id(second)}/corrections", discount);
        byDifferences.Status().ShouldBe(201, byDifferences.ReadAsText());
        Money(byDifferences.Json(), "total").ShouldBe(-12.1m);
        var corrected = await tenant.Invoice(Id(second));
        Money(corrected, "amountDue").ShouldBe(8.9m);
        Status(corrected).ShouldBe("partiallyPaid");
        corrected.GetProperty("correctedBy")[0].GetProperty("adjustment").GetDecimal().ShouldBe(-12.1m);
    }

    [Fact]
    public async Task Issue_dates_going_backwards_in_a_series_are_refused()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient();
        await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-03-10");
        var backwards = await tenant.Post("/api/invoices", new
        {
            clientId, issueDate = "2026-03-09", lines = new[] { new { description = "x", quantity = 1, unitPrice = 1, vatRate = 21 } },
        });
        backwards.Status().ShouldBe(409);
        (await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-03-09", series: "B")).GetProperty("number").GetString().ShouldBe("B-2026-0001");
        (await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-03-10")).GetProperty("number").GetString().ShouldBe("F-2026-0002");
    }

    [Fact]
    public async Task An_archived_client_cannot_be_invoiced()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient();
        await tenant.Post($"/api/clients/{clientId}/archive");
        var result = await tenant.Post("/api/invoices", new { clientId, lines = new[] { new { description = "x", quantity = 1, unitPrice = 1, vatRate = 21 } } });
        result.Status().ShouldBe(409);
        (await tenant.Get("/api/invoices")).Json().GetProperty("data").GetArrayLength().ShouldBe(0);
        // Refused before the business's invoice ledger was opened: nothing at all was appended.
        (await tenant.Get("/api/audit?limit=100")).Json().GetProperty("data").EnumerateArray()
            .Select(e => e.GetProperty("type").GetString()).ShouldBe(["ClientRegistered", "ClientArchived"]);
    }

    [Fact]
    public async Task Overdue_is_judged_against_today()
    {
        var tenant = await app.NewTenant();
        var invoice = await tenant.IssueSimpleInvoice(await tenant.NewClient(), issueDate: "2026-01-10", dueDate: "2026-02-10");
        invoice.GetProperty("overdue").GetBoolean().ShouldBe(Today > new DateOnly(2026, 2, 10));
        invoice.GetProperty("daysOverdue").GetInt32().ShouldBe(Math.Max(0, Today.DayNumber - new DateOnly(2026, 2, 10).DayNumber));
        if (Today > new DateOnly(2026, 2, 10)) invoice.GetProperty("overdueSince").GetString().ShouldBe("2026-02-11");
    }
}
