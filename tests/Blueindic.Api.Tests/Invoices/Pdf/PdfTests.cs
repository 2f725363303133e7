using System.Text.Json;
using Blueindic.Api.Tests.Support;
using static Blueindic.Api.Tests.Invoices.Pdf.InvoicePdfAssertions;

namespace Blueindic.Api.Tests.Invoices.Pdf;

[Collection(ApiCollection.Name)]
public sealed class PdfTests(AppFixture app)
{
    private static readonly object IssuerAddress = new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014", province = "Madrid" };

    private async Task<(TestTenant Tenant, Guid ClientId)> Business(bool surcharge = false)
    {
        var tenant = await app.NewTenant("Estudio Pruebas SL", "B64717838", IssuerAddress);
        var client = await tenant.RegisterClient(new
        {
            name = "Ferretería Núñez", legalName = "Ferretería Núñez e Hijos SL", taxId = "B12345674", equivalenceSurcharge = surcharge,
            address = new { line1 = "Avenida de la Constitución 7", city = "Sevilla", postalCode = "41004", province = "Sevilla" },
        });
        return (tenant, client.GetProperty("id").GetGuid());
    }

    private static async Task<(PdfReadBack Pdf, string Disposition, string? Type)> Pdf(TestTenant tenant, Guid id)
    {
        var result = await tenant.Get($"/api/invoices/{id}/pdf");
        result.Status().ShouldBe(200, result.ReadAsText());
        var bytes = await tenant.Download($"/api/invoices/{id}/pdf");
        return (PdfReadBack.Of(bytes), result.Context.Response.Headers.ContentDisposition.ToString(), result.Context.Response.ContentType);
    }

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    [Fact]
    public async Task An_ordinary_invoice_shows_every_legal_item()
    {
        var (tenant, clientId) = await Business();
        var invoice = await tenant.IssueInvoice(new
        {
            clientId, issueDate = "2026-06-15", dueDate = "2026-07-15", notes = "Gracias por su confianza.",
            lines = new object[]
            {
                new { description = "Diseño de logotipo", quantity = 1, unitPrice = 1234.5m, vatRate = 21 },
                new { description = "Horas de consultoría", quantity = 12.5m, unitPrice = 60, discountPercent = 10, vatRate = 21 },
                new { description = "Libro técnico", quantity = 3, unitPrice = 19.99m, vatRate = 4 },
            },
        });
        var (pdf, disposition, type) = await Pdf(tenant, Id(invoice));

        type.ShouldBe("application/pdf");
        disposition.ShouldBe($"inline; filename=\"{Text(invoice, "number")}.pdf\"");
        pdf.Pages.Count.ShouldBe(1);
        ShowsEveryLegalItem(pdf, invoice);
        pdf.All.ShouldContain("1.234,50 €");   // the grouping a Spanish reader expects, written out once by hand
        pdf.All.ShouldContain("15/06/2026");
    }

    [Fact]
    public async Task Recargo_de_equivalencia_and_IRPF_show_per_rate_and_in_the_totals()
    {
        var (tenant, clientId) = await Business(surcharge: true);
        var invoice = await tenant.IssueInvoice(new
        {
            clientId, withholdingRate = 15,
            lines = new object[]
            {
                new { description = "Tornillería", quantity = 100, unitPrice = 0.35m, vatRate = 21 },
                new { description = "Guantes", quantity = 20, unitPrice = 4.1m, discountPercent = 5, vatRate = 10 },
            },
        });
        Amount(invoice, "surchargeTotal").ShouldBeGreaterThan(0);
        Amount(invoice, "withholdingTotal").ShouldBeGreaterThan(0);

        var (pdf, _, _) = await Pdf(tenant, Id(invoice));
        ShowsEveryLegalItem(pdf, invoice);
        pdf.All.ShouldContain("Tipo recargo");
        pdf.All.ShouldContain("5,2 %");   // the surcharge for 21 % IVA
    }

    [Fact]
    public async Task A_long_invoice_flows_onto_more_pages_with_the_totals_on_the_last()
    {
        var (tenant, clientId) = await Business();
        var lines = Enumerable.Range(1, 80).Select(i => new { description = $"Partida {i:000} del presupuesto de reforma", quantity = i % 7 + 1, unitPrice = 10m + i, vatRate = i % 3 == 0 ? 10 : 21 }).ToArray();
        var invoice = await tenant.IssueInvoice(new { clientId, lines });
        var (pdf, _, _) = await Pdf(tenant, Id(invoice));

        pdf.Pages.Count.ShouldBeGreaterThan(1);
        pdf.Pages[0].ShouldContain($"Página 1 de {pdf.Pages.Count}");
        ShowsEveryLegalItem(pdf, invoice);   // every one of the 80 lines, and the totals only on the last page
        pdf.Pages.Take(pdf.Pages.Count - 1).ShouldAllBe(p => !p.Contains("Base imponible") && !p.Contains("Vencimiento"));
        pdf.Pages.Skip(1).ShouldAllBe(p => p.StartsWith($"Factura {Text(invoice, "number")}") && p.Contains("Descripción Cantidad"));
    }

    [Fact]
    public async Task A_rectificativa_names_the_invoice_it_corrects_its_date_and_why()
    {
        var (tenant, clientId) = await Business();
        var original = await tenant.IssueInvoice(new { clientId, issueDate = "2026-03-02", lines = new[] { new { description = "Servicio", quantity = 2, unitPrice = 100, vatRate = 21 } } });
        var correction = await tenant.Post($"/api/invoices/{Id(original)}/corrections", new
        {
            reason = "Descuento por pronto pago acordado",
            lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -20, vatRate = 21 } },
        });
        correction.Status().ShouldBe(201, correction.ReadAsText());
        var corrective = await tenant.Invoice(Id(correction.Json()));

        var (pdf, disposition, _) = await Pdf(tenant, Id(corrective));
        disposition.ShouldBe($"inline; filename=\"{Text(corrective, "number")}.pdf\"");
        ShowsEveryLegalItem(pdf, corrective);
        pdf.Pages[0].ShouldContain($"Rectifica la factura {Text(original, "number")} de fecha 02/03/2026");
        pdf.Pages[0].ShouldContain("Motivo: Descuento por pronto pago acordado");
        pdf.Pages[0].ShouldContain("rectificación por diferencias");
        pdf.All.ShouldContain("-24,20 €");

        var cancel = await tenant.Post($"/api/invoices/{Id(await tenant.IssueSimpleInvoice(clientId))}/corrections", new { reason = "Factura duplicada" });
        var (whole, _, _) = await Pdf(tenant, Id(cancel.Json()));
        whole.Pages[0].ShouldContain("anulación total");
    }

    [Fact]
    public async Task No_such_invoice_is_a_404_problem()
    {
        var (tenant, _) = await Business();
        var result = await tenant.Get($"/api/invoices/{Guid.NewGuid()}/pdf");
        result.Status().ShouldBe(404);
        result.Context.Response.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Invoices_issued_after_a_profile_edit_carry_its_contact_IBAN_and_logo()
    {
        var (tenant, clientId) = await Business();
        var before = Id(await tenant.IssueSimpleInvoice(clientId));
        (await tenant.Put("/api/settings/business", new
        {
            tradeName = "Estudio Nogal", legalName = "Estudio Pruebas SL", address = IssuerAddress,
            email = "hola@nogal.example", phone = "+34 912 345 678", iban = "ES91 2100 0418 4502 0005 1332", website = "nogal.example",
        })).Status().ShouldBe(200);
        (await tenant.PutFile("/api/settings/business/logo", Settings.TestImages.Png(16, 16), "logo.png")).Status().ShouldBe(200);
        var after = Id(await tenant.IssueSimpleInvoice(clientId));

        var (old, _, _) = await Pdf(tenant, before);
        old.All.ShouldNotContain("IBAN");
        old.All.ShouldNotContain("Estudio Nogal");
        ImagesOnFirstPage(old.Bytes).ShouldBe(0);

        var (pdf, _, _) = await Pdf(tenant, after);
        pdf.Pages[0].ShouldContain("Estudio Nogal");
        pdf.Pages[0].ShouldContain("Estudio Pruebas SL");
        pdf.All.ShouldContain("IBAN ES91 2100 0418 4502 0005 1332");
        pdf.All.ShouldContain("hola@nogal.example");
        pdf.All.ShouldContain("+34 912 345 678");
        ImagesOnFirstPage(pdf.Bytes).ShouldBe(1);
    }

    private static int ImagesOnFirstPage(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPage(1).GetImages().Count();
    }
}
