using PdfSharp.Drawing;
using static Blueindic.Api.Invoices.Pdf.InvoicePages;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>
/// Draws an invoice (RD 1619/2012 art. 6, in Spanish) on A4 pages: title, number, series and date;
/// the VERI*FACTU QR with its legend; issuer and client; for a rectificativa what it corrects and why;
/// the lines (repeating their header on each page); then, on the last page, the taxes per rate, the
/// totals, the due date and how to pay, and the notes.
/// </summary>
internal static class InvoiceLayout
{
    private static readonly XBrush Grey = XBrushes.DimGray;
    private static readonly XBrush Band = new XSolidBrush(XColor.FromArgb(238, 241, 245));

    // The lines table: description takes what the figures leave.
    private static readonly (string Header, double Width)[] Figures =
        [("Cantidad", 48), ("Precio unit. (sin IVA)", 92), ("Dto.", 40), ("IVA", 38), ("Importe", 74)];
    private static double DescriptionWidth => ContentWidth - Figures.Sum(c => c.Width);

    public static void Draw(InvoicePages pages, InvoiceDocument doc)
    {
        pages.NewPage();
        Head(pages, doc);
        Parties(pages, doc);
        if (doc.Corrects is { } c) Correction(pages, c);
        Lines(pages, doc);
        Totals(pages, doc);
        Payment(pages, doc);
        Notes(pages, doc);
        pages.Footers(doc.Issuer.Name, $" · NIF {doc.Issuer.TaxId} · {Title(doc)} {doc.Number}");
    }

    public static string Title(InvoiceDocument doc) => doc.IsCorrective ? "Factura rectificativa" : "Factura";

    /// <summary>What each page after the first starts with: which invoice it continues, and the lines' header.</summary>
    public static void RunningHeader(InvoicePages pages, InvoiceDocument doc)
    {
        pages.Text($"{Title(doc)} {doc.Number} · {SpanishFormat.Date(doc.IssueDate)} (continuación)", InvoiceFonts.Heading, Left, pages.Y, ContentWidth);
        pages.Y += 20;
    }

    private static void Head(InvoicePages p, InvoiceDocument doc)
    {
        // The QR's legend has the top line to itself, so no reader runs it into the title.
        var qrBottom = Qr(p, doc.QrUrl, p.Y);
        var y = p.Y + LineHeight(InvoiceFonts.Small) * 2 + 4;
        if (doc.Profile.Logo is { } logo && Logo(logo) is { } image)
        {
            using (image)
            {
                var scale = Math.Min(140 / image.PointWidth, 48 / image.PointHeight);
                p.G.DrawImage(image, Left, y, image.PointWidth * scale, image.PointHeight * scale);
                y += image.PointHeight * scale + 8;
            }
        }
        p.Text(Title(doc), InvoiceFonts.Title, Left, y, 300);
        y += 28;
        foreach (var (label, value) in new[] { ("Número", doc.Number), ("Serie", doc.Series), ("Fecha de expedición", SpanishFormat.Date(doc.IssueDate)) })
        {
            p.Text(label, InvoiceFonts.Text, Left, y, 100, brush: Grey);
            p.Text(value, InvoiceFonts.Bold, Left + 100, y, 200);
            y += LineHeight(InvoiceFonts.Text);
        }
        p.Y = Math.Max(y, qrBottom) + 14;
    }

    private static XImage? Logo(byte[] bytes)
    {
        // A logo PDFsharp cannot read leaves the invoice without it rather than without a PDF.
        try { return XImage.FromStream(new MemoryStream(bytes, writable: false)); }
        catch (Exception) { return null; }
    }

    /// <summary>
    /// The QR (level M, about 32 mm: the order asks 30–40 mm) top right, drawn as vector squares,
    /// with the legend the order asks above it. Returns the bottom of the block.
    /// </summary>
    private static double Qr(InvoicePages p, string url, double top)
    {
        const double Size = 91;
        const double LegendWidth = 260;
        p.Text("Factura verificable en la sede electrónica de la AEAT", InvoiceFonts.Small, Right - LegendWidth, top, LegendWidth, right: true);
        p.Text("VERI*FACTU", InvoiceFonts.SmallBold, Right - LegendWidth, top + LineHeight(InvoiceFonts.Small), LegendWidth, right: true);
        var y = top + LineHeight(InvoiceFonts.Small) * 2 + 4;
        using var code = VerifactuQr.Code(url);
        var matrix = code.ModuleMatrix;
        const int Quiet = 4;   // QRCoder's matrix carries the quiet zone; the white page is ours
        var modules = matrix.Count - 2 * Quiet;
        var unit = Size / modules;
        var x0 = Right - Size;
        for (var row = 0; row < modules; row++)
        {
            // One rectangle per run of dark modules: fewer drawing operators, no hairline seams.
            for (var col = 0; col < modules; col++)
            {
                if (!matrix[row + Quiet][col + Quiet]) continue;
                var end = col;
                while (end + 1 < modules && matrix[row + Quiet][end + 1 + Quiet]) end++;
                p.G.DrawRectangle(XBrushes.Black, x0 + col * unit, y + row * unit, (end - col + 1) * unit, unit);
                col = end;
            }
        }
        return y + Size;
    }

    private static void Parties(InvoicePages p, InvoiceDocument doc)
    {
        var half = ContentWidth / 2 - 10;
        var issuer = PartyLines(doc.Issuer, doc.Profile.TradeName);
        if (doc.Profile.Email is { } email) issuer.Add((email, false));
        if (doc.Profile.Phone is { } phone) issuer.Add(($"Tel. {phone}", false));
        if (doc.Profile.Website is { } web) issuer.Add((web, false));
        var yIssuer = Party(p, "Emisor", issuer, Left, half);
        var yClient = Party(p, "Cliente", PartyLines(doc.Client, null), Left + half + 20, half);
        p.Y = Math.Max(yIssuer, yClient) + 14;
    }

    private static List<(string Text, bool Bold)> PartyLines(DocumentParty party, string? tradeName)
    {
        var lines = new List<(string, bool)> { (tradeName ?? party.Name, true) };
        if (tradeName is not null && tradeName != party.Name) lines.Add((party.Name, false));
        if (party.LegalName is { } legal && legal != party.Name && legal != tradeName) lines.Add((legal, false));
        if (party.TaxId is { } taxId) lines.Add(($"NIF: {taxId}", false));
        lines.AddRange(party.AddressLines.Select(a => (a, false)));
        return lines;
    }

    private static double Party(InvoicePages p, string heading, List<(string Text, bool Bold)> lines, double x, double width)
    {
        var y = p.Y;
        p.Text(heading.ToUpperInvariant(), InvoiceFonts.SmallBold, x, y, width, brush: Grey);
        y += LineHeight(InvoiceFonts.Small) + 2;
        foreach (var (text, bold) in lines)
            foreach (var line in p.Wrap(text, bold ? InvoiceFonts.Bold : InvoiceFonts.Text, width))
            {
                p.Text(line, bold ? InvoiceFonts.Bold : InvoiceFonts.Text, x, y, width);
                y += LineHeight(InvoiceFonts.Text);
            }
        return y;
    }

    private static void Correction(InvoicePages p, DocumentCorrection c)
    {
        var date = c.Date is { } d ? $" de fecha {SpanishFormat.Date(d)}" : "";
        var lines = new List<(string, XFont)> { ($"Rectifica la factura {c.Number}{date}", InvoiceFonts.Bold) };
        lines.Add((c.Cancels ? "Tipo: anulación total de la factura rectificada" : "Tipo: rectificación por diferencias", InvoiceFonts.Text));
        lines.AddRange(p.Wrap($"Motivo: {c.Reason}", InvoiceFonts.Text, ContentWidth - 16).Select(l => (l, InvoiceFonts.Text)));
        var height = lines.Count * LineHeight(InvoiceFonts.Text) + 12;
        p.G.DrawRectangle(Band, Left, p.Y, ContentWidth, height);
        var y = p.Y + 6;
        foreach (var (text, font) in lines)
        {
            p.Text(text, font, Left + 8, y, ContentWidth - 16);
            y += LineHeight(InvoiceFonts.Text);
        }
        p.Y += height + 14;
    }

    private static void LinesHeader(InvoicePages p)
    {
        var h = LineHeight(InvoiceFonts.SmallBold) + 8;
        p.G.DrawRectangle(Band, Left, p.Y, ContentWidth, h);
        p.Text("Descripción", InvoiceFonts.SmallBold, Left + 4, p.Y + 4, DescriptionWidth);
        var x = Left + DescriptionWidth;
        foreach (var (header, width) in Figures)
        {
            p.Text(header, InvoiceFonts.SmallBold, x, p.Y + 4, width - 4, right: true);
            x += width;
        }
        p.Y += h + 3;
    }

    private static void Lines(InvoicePages p, InvoiceDocument doc)
    {
        p.Ensure(60);
        LinesHeader(p);
        var lineHeight = LineHeight(InvoiceFonts.Text);
        foreach (var line in doc.Amounts.Lines)
        {
            var description = p.Wrap(line.Description, InvoiceFonts.Text, DescriptionWidth - 8);
            var height = description.Count * lineHeight + 4;
            if (p.Ensure(height)) LinesHeader(p);
            var y = p.Y;
            for (var i = 0; i < description.Count; i++) p.Text(description[i], InvoiceFonts.Text, Left + 4, y + i * lineHeight, DescriptionWidth - 8);
            string[] figures = [SpanishFormat.Quantity(line.Quantity), SpanishFormat.Money(line.UnitPrice), SpanishFormat.Percent(line.DiscountPercent),
                SpanishFormat.Percent(line.VatRate), SpanishFormat.Money(line.Net)];
            var x = Left + DescriptionWidth;
            for (var i = 0; i < figures.Length; i++)
            {
                p.Text(figures[i], InvoiceFonts.Text, x, y, Figures[i].Width - 4, right: true);
                x += Figures[i].Width;
            }
            p.Y += height;
            p.G.DrawLine(XPens.Gainsboro, Left, p.Y - 2, Right, p.Y - 2);
        }
        p.Y += 10;
    }

    private static void Totals(InvoicePages p, InvoiceDocument doc)
    {
        var a = doc.Amounts;
        var surcharge = a.Taxes.Any(t => t.SurchargeRate != 0);
        (string Header, double Width)[] columns = surcharge
            ? [("Base imponible", 100), ("Tipo IVA", 60), ("Cuota IVA", 90), ("Tipo recargo", 70), ("Cuota recargo", 90)]
            : [("Base imponible", 100), ("Tipo IVA", 60), ("Cuota IVA", 90)];
        var summary = new List<(string Label, string Value, XFont Font)>
        {
            ("Base imponible", SpanishFormat.Money(a.NetTotal), InvoiceFonts.Text),
            ("IVA", SpanishFormat.Money(a.VatTotal), InvoiceFonts.Text),
        };
        if (a.SurchargeTotal != 0) summary.Add(("Recargo de equivalencia", SpanishFormat.Money(a.SurchargeTotal), InvoiceFonts.Text));
        if (a.WithholdingTotal != 0) summary.Add(($"Retención IRPF ({SpanishFormat.Percent(a.WithholdingRate)})", SpanishFormat.Money(-a.WithholdingTotal), InvoiceFonts.Text));
        summary.Add(("Total factura", SpanishFormat.Money(a.Total), InvoiceFonts.Total));

        var row = LineHeight(InvoiceFonts.Text);
        var height = 14 + (a.Taxes.Count + 1) * row + 12 + summary.Count * row + 10;
        p.Ensure(height);

        p.Text("Desglose de impuestos", InvoiceFonts.Heading, Left, p.Y, ContentWidth);
        p.Y += 14;
        var tableWidth = columns.Sum(c => c.Width);
        p.G.DrawRectangle(Band, Left, p.Y - 1, tableWidth, row + 2);
        Row(p, columns, columns.Select(c => c.Header).ToArray(), InvoiceFonts.SmallBold);
        foreach (var t in a.Taxes)
        {
            string[] cells = surcharge
                ? [SpanishFormat.Money(t.Base), SpanishFormat.Percent(t.VatRate), SpanishFormat.Money(t.Vat), SpanishFormat.Percent(t.SurchargeRate), SpanishFormat.Money(t.Surcharge)]
                : [SpanishFormat.Money(t.Base), SpanishFormat.Percent(t.VatRate), SpanishFormat.Money(t.Vat)];
            Row(p, columns, cells, InvoiceFonts.Text);
        }
        p.Y += 12;

        const double LabelWidth = 170, ValueWidth = 100;
        var x = Right - LabelWidth - ValueWidth;
        foreach (var (label, value, font) in summary)
        {
            if (font == InvoiceFonts.Total)
            {
                p.G.DrawLine(XPens.Black, x, p.Y, Right, p.Y);
                p.Y += 4;
            }
            p.Text(label, font, x, p.Y, LabelWidth);
            p.Text(value, font, x + LabelWidth, p.Y, ValueWidth, right: true);
            p.Y += LineHeight(font);
        }
        p.Y += 10;
    }

    private static void Row(InvoicePages p, (string Header, double Width)[] columns, string[] cells, XFont font)
    {
        var x = Left;
        for (var i = 0; i < columns.Length; i++)
        {
            p.Text(cells[i], font, x, p.Y, columns[i].Width - 6, right: true);
            x += columns[i].Width;
        }
        p.Y += LineHeight(InvoiceFonts.Text);
    }

    private static void Payment(InvoicePages p, InvoiceDocument doc)
    {
        var lines = new List<(string Label, string Value)> { ("Vencimiento", SpanishFormat.Date(doc.DueDate)) };
        if (doc.Profile.Iban is { } iban) lines.Add(("Forma de pago", $"transferencia bancaria a la cuenta IBAN {iban}"));
        p.Ensure(14 + lines.Count * LineHeight(InvoiceFonts.Text));
        p.Text("Pago", InvoiceFonts.Heading, Left, p.Y, ContentWidth);
        p.Y += 14;
        foreach (var (label, value) in lines)
        {
            p.Text(label, InvoiceFonts.Text, Left, p.Y, 100, brush: Grey);
            p.Text(value, InvoiceFonts.Bold, Left + 100, p.Y, ContentWidth - 100);
            p.Y += LineHeight(InvoiceFonts.Text);
        }
        p.Y += 10;
    }

    private static void Notes(InvoicePages p, InvoiceDocument doc)
    {
        if (string.IsNullOrWhiteSpace(doc.Notes)) return;
        p.Ensure(14 + LineHeight(InvoiceFonts.Text));
        p.Text("Observaciones", InvoiceFonts.Heading, Left, p.Y, ContentWidth);
        p.Y += 14;
        foreach (var line in p.Wrap(doc.Notes, InvoiceFonts.Text, ContentWidth))
        {
            p.Ensure(LineHeight(InvoiceFonts.Text));
            p.Text(line, InvoiceFonts.Text, Left, p.Y, ContentWidth);
            p.Y += LineHeight(InvoiceFonts.Text);
        }
    }
}
