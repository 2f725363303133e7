using Blueindic.Api.Invoices.Pdf;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Invoices;
using UglyToad.PdfPig;

namespace Blueindic.Api.Tests.Invoices.Pdf;

/// <summary>The renderer alone, for what the API cannot feed it yet: the business profile's details in the issuer snapshot.</summary>
public sealed class PdfRendererTests
{
    private static InvoiceDocument Document(IssuerProfile profile) => new(
        "F-2026-0042", "F", new DateOnly(2026, 6, 15), new DateOnly(2026, 7, 15),
        new DocumentParty("Estudio Lumen SL", null, "B64717838", ["Calle de Alcalá 48", "28014 Madrid"]), profile,
        new DocumentParty("Ferretería Núñez", null, "B12345674", ["41004 Sevilla"]),
        new InvoiceIssued.Figures([new InvoiceIssued.Line("Servicio", 1, 100, 0, 21, 100)], [new InvoiceIssued.Tax(21, 100, 21, 0, 0)],
            100, 21, 0, 0, 0, 121, 21, 121),
        null, null, "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=B64717838&numserie=F-2026-0042&fecha=15-06-2026&importe=121.00");

    [Fact]
    public void The_business_profile_is_drawn_when_the_snapshot_has_it()
    {
        PdfFonts.Ready().ShouldBeTrue(PdfFonts.Problem);
        var profile = new IssuerProfile("Lumen", "hola@lumen.es", "+34 910 000 000", "https://lumen.es", "ES91 2100 0418 4502 0005 1332",
            Settings.TestImages.Png(120, 40));

        var bytes = InvoicePdf.Render(Document(profile));
        var pdf = PdfReadBack.Of(bytes);

        // The trade name, then the company name under it (and in the footer).
        pdf.Pages[0].Split(' ').Count(w => w == "Lumen").ShouldBe(3);
        pdf.Pages[0].ShouldContain("Estudio Lumen SL");
        pdf.Pages[0].ShouldContain("hola@lumen.es");
        pdf.Pages[0].ShouldContain("Tel. +34 910 000 000");
        pdf.Pages[0].ShouldContain("https://lumen.es");
        pdf.Pages[0].ShouldContain("Forma de pago transferencia bancaria a la cuenta IBAN ES91 2100 0418 4502 0005 1332");
        using var read = PdfDocument.Open(bytes);
        read.GetPage(1).GetImages().Count().ShouldBe(1);   // the logo (the QR is vector squares)
    }

    [Fact]
    public void Without_a_profile_there_is_no_payment_account_nor_image()
    {
        var bytes = InvoicePdf.Render(Document(IssuerProfile.None));
        PdfReadBack.Of(bytes).All.ShouldNotContain("IBAN");
        using var read = PdfDocument.Open(bytes);
        read.GetPage(1).GetImages().ShouldBeEmpty();
    }

    [Fact]
    public void A_logo_that_is_no_image_leaves_the_invoice_without_it()
    {
        var bytes = InvoicePdf.Render(Document(new IssuerProfile(Logo: [1, 2, 3])));
        PdfReadBack.Of(bytes).Title.ShouldBe("Factura");
    }

    [Fact]
    public void Missing_fonts_are_named_with_the_package_to_install()
    {
        DejaVuFontResolver.Missing("/nonexistent").ShouldBe(DejaVuFontResolver.Files);
        DejaVuFontResolver.Missing(DejaVuFontResolver.DebianDirectory).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1234.5, "1.234,50 €")]
    [InlineData(-16.94, "-16,94 €")]
    [InlineData(1234567.891, "1.234.567,89 €")]
    [InlineData(0, "0,00 €")]
    public void Amounts_are_written_the_Spanish_way(decimal amount, string expected) => SpanishFormat.Money(amount).ShouldBe(expected);
}
