using Blueindic.Api.Invoices.Pdf;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Invoices;
using UglyToad.PdfPig;

namespace Blueindic.Api.Tests.Invoices.Pdf;

/// <summary>The layout at the limits the API accepts: the longest descriptions and names, on the fonts Debian's core package ships.</summary>
public sealed class PdfLayoutLimitsTests
{
    private static InvoiceDocument Document(string issuerName, params string[] descriptions) => new(
        "F-2026-0042", "F", new DateOnly(2026, 6, 15), new DateOnly(2026, 7, 15),
        new DocumentParty(issuerName, null, "B64717838", ["28014 Madrid"]), IssuerProfile.None,
        new DocumentParty("Ferretería Núñez", null, "B12345674", ["41004 Sevilla"]),
        new InvoiceIssued.Figures(descriptions.Select(d => new InvoiceIssued.Line(d, 1, 1, 0, 21, 1)).ToList(),
            [new InvoiceIssued.Tax(21, descriptions.Length, 0.21m * descriptions.Length, 0, 0)],
            descriptions.Length, 0.21m * descriptions.Length, 0, 0, 0, 1.21m * descriptions.Length, 0.21m * descriptions.Length, 1.21m * descriptions.Length),
        null, null, "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=B64717838&numserie=F-2026-0042&fecha=15-06-2026&importe=1.21");

    [Fact]
    public void Two_core_faces_are_all_the_fonts_needed_and_italics_resolve_to_them()
    {
        // fonts-dejavu-core ships DejaVuSans.ttf and DejaVuSans-Bold.ttf, no oblique faces.
        var folder = Directory.CreateTempSubdirectory("blueindic-fonts-").FullName;
        try
        {
            foreach (var face in new[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" })
                File.Copy(Path.Combine(DejaVuFontResolver.DebianDirectory, face), Path.Combine(folder, face));

            DejaVuFontResolver.Missing(folder).ShouldBeEmpty();
            var resolver = new DejaVuFontResolver(folder);
            foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true), (true, true) })
                resolver.GetFont(resolver.ResolveTypeface(DejaVuFontResolver.Family, bold, italic).FaceName).ShouldNotBeEmpty();
            resolver.ResolveTypeface(DejaVuFontResolver.Family, true, true).FaceName.ShouldBe("DejaVuSans-Bold.ttf");
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Five_hundred_unbroken_descriptions_of_500_characters_are_drawn_whole()
    {
        // Distinct characters per line, so a lost one shows, and a surrogate pair (in DejaVu Sans) that must not be cut in two.
        var descriptions = Enumerable.Range(0, 500)
            .Select(i => $"L{i:000}" + string.Concat(Enumerable.Range(0, 493).Select(j => (char)('a' + (i + j) % 26))) + "😀x")
            .ToArray();
        descriptions.ShouldAllBe(d => d.Length == 500);

        var bytes = InvoicePdf.Render(Document("Estudio Lumen SL", descriptions));

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)).Replace(" ", "");
        // Up to the emoji: PDFsharp's ToUnicode map reads a character beyond U+FFFF back wrong (the cutting is tested below).
        foreach (var d in descriptions) text.ShouldContain(d[..^3], customMessage: d[..4]);
    }

    [Fact]
    public void Long_words_are_cut_between_text_elements_never_inside_a_surrogate_pair()
    {
        PdfFonts.Ready().ShouldBeTrue(PdfFonts.Problem);
        var word = string.Concat(Enumerable.Repeat("a😀", 150));
        using var pdf = new PdfSharp.Pdf.PdfDocument();
        using var pages = new InvoicePages(pdf, _ => { });
        pages.NewPage();

        var lines = pages.Wrap(word, InvoiceFonts.Text, 100);

        lines.Count.ShouldBeGreaterThan(5);
        string.Concat(lines).ShouldBe(word);
        foreach (var l in lines) (l.Length > 0 && !char.IsLowSurrogate(l[0]) && !char.IsHighSurrogate(l[l.Length - 1])).ShouldBeTrue(l);
        lines.ShouldAllBe(l => pages.G.MeasureString(l, InvoiceFonts.Text).Width <= 100);
    }

    [Fact]
    public void A_200_character_issuer_name_is_cut_short_of_the_page_number()
    {
        var name = string.Concat(Enumerable.Repeat("Estudio Lumen ", 15))[..199] + "Z";
        name.Length.ShouldBe(200);

        var bytes = InvoicePdf.Render(Document(name, "Servicio"));

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var footerY = page.Letters.Min(l => l.StartBaseLine.Y);
        var footer = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - footerY) < 1).OrderBy(l => l.BoundingBox.Left).ToList();
        var line = string.Concat(footer.Select(l => l.Value)).Replace(" ", "");
        line.ShouldContain("…·NIFB64717838·FacturaF-2026-0042");
        var number = page.GetWords().Where(w => w.Text is "Página").ShouldHaveSingleItem();
        var beforeNumber = footer.Where(l => l.BoundingBox.Left < number.BoundingBox.Left).ToList();
        beforeNumber.Max(l => l.BoundingBox.Right).ShouldBeLessThan(number.BoundingBox.Left - 6);
        footer.ShouldAllBe(l => l.BoundingBox.Right <= page.Width);
    }

    [Fact]
    public void The_widest_figures_allowed_stay_inside_their_columns()
    {
        var line = new InvoiceIssued.Line("Servicio", 999_999.999m, 999_999_999.99m, 0, 21, 999_999_999.99m);
        var doc = Document("Estudio Lumen SL", "Servicio") with
        {
            Amounts = new InvoiceIssued.Figures([line], [new InvoiceIssued.Tax(21, 999_999_999.99m, 209_999_999.99m, 0, 0)],
                999_999_999.99m, 209_999_999.99m, 0, 0, 0, 1_209_999_999.98m, 209_999_999.99m, 1_209_999_999.98m),
        };

        using var pdf = PdfDocument.Open(InvoicePdf.Render(doc));
        var page = pdf.GetPage(1);
        var service = page.GetWords().Last(w => w.Text == "Servicio");
        var row = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - service.Letters[0].StartBaseLine.Y) < 3 && l.Value != " ")
            .OrderBy(l => l.BoundingBox.Left).ToList();
        // The columns' right edges (text boxes 4 pt narrower than their columns): cantidad, precio unitario, importe.
        const double left = 42.5, right = 595.28 - 42.5;
        var descriptionWidth = right - left - (48 + 92 + 40 + 38 + 74);
        var quantityEnd = left + descriptionWidth + 44;
        var priceEnd = quantityEnd + 4 + 88;
        string.Concat(row.Where(l => l.BoundingBox.Left > left + descriptionWidth && l.BoundingBox.Left < quantityEnd).Select(l => l.Value)).ShouldBe("999.999,999");
        row.Where(l => l.BoundingBox.Left > left + descriptionWidth && l.BoundingBox.Left < quantityEnd).ShouldAllBe(l => l.BoundingBox.Right <= quantityEnd + 0.5);
        string.Concat(row.Where(l => l.BoundingBox.Left > quantityEnd + 4 && l.BoundingBox.Left < priceEnd).Select(l => l.Value)).ShouldBe("999.999.999,99€");
        row.Where(l => l.BoundingBox.Left > quantityEnd + 4 && l.BoundingBox.Left < priceEnd).ShouldAllBe(l => l.BoundingBox.Right <= priceEnd + 0.5);
        string.Concat(row.Where(l => l.BoundingBox.Left > right - 74).Select(l => l.Value)).ShouldBe("999.999.999,99€");
        row.ShouldAllBe(l => l.BoundingBox.Right <= right - 4 + 0.5);
    }
}
