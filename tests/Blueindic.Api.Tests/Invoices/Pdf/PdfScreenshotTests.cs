using System.Diagnostics;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Invoices.Pdf;

/// <summary>docs/screenshots/invoice-pdf.png: the first page of an invoice PDF as poppler draws it (80 dpi).</summary>
[Collection(ApiCollection.Name)]
public sealed class PdfScreenshotTests(AppFixture app)
{
    [Fact]
    public async Task The_first_page_of_an_invoice_is_saved_for_the_docs()
    {
        var tenant = await app.NewTenant("Estudio Lumen SL", "B64717838", new { line1 = "Calle de Alcalá 48, 3.º B", city = "Madrid", postalCode = "28014", province = "Madrid" });
        (await tenant.Put("/api/settings/business", new
        {
            tradeName = "Estudio Lumen", legalName = "Estudio Lumen SL",
            address = new { line1 = "Calle de Alcalá 48, 3.º B", city = "Madrid", postalCode = "28014", province = "Madrid" },
            email = "hola@estudiolumen.example", phone = "+34 912 345 678", iban = "ES91 2100 0418 4502 0005 1332", website = "estudiolumen.example",
        })).Status().ShouldBe(200);
        var client = await tenant.RegisterClient(new
        {
            name = "Ferretería Núñez", legalName = "Ferretería Núñez e Hijos SL", taxId = "B12345674", equivalenceSurcharge = true,
            address = new { line1 = "Avenida de la Constitución 7", city = "Sevilla", postalCode = "41004", province = "Sevilla" },
        });
        var invoice = await tenant.IssueInvoice(new
        {
            clientId = client.GetProperty("id").GetGuid(), issueDate = "2026-06-15", withholdingRate = 15,
            notes = "Pago por transferencia en 30 días. Gracias por su confianza.",
            lines = new object[]
            {
                new { description = "Rediseño de la tienda en línea: maquetación, catálogo y pasarela de pago", quantity = 1, unitPrice = 2450, vatRate = 21 },
                new { description = "Sesión de fotografía de producto (jornada)", quantity = 2, unitPrice = 380, discountPercent = 10, vatRate = 21 },
                new { description = "Guía impresa de uso de la tienda", quantity = 25, unitPrice = 6.4m, vatRate = 4 },
            },
        });
        var pdf = await tenant.Download($"/api/invoices/{invoice.GetProperty("id").GetGuid()}/pdf");

        var file = Path.Combine(Folder(), "invoice-pdf");
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            // The documented command: pdftoppm -png -r 80 -f 1 -l 1 <pdf> <name>
            using var pdftoppm = Process.Start("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", path, file])!;
            await pdftoppm.WaitForExitAsync();
            pdftoppm.ExitCode.ShouldBe(0);
        }
        finally
        {
            File.Delete(path);
        }
        var png = await File.ReadAllBytesAsync(file + ".png");
        png[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        // 210 mm at 80 dpi: 661.4 pixels wide (big-endian width at byte 16 of the IHDR).
        ((png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]).ShouldBeInRange(661, 662);
    }

    private static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Blueindic.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Blueindic.sln not found above the test's folder"), "docs", "screenshots");
    }
}
