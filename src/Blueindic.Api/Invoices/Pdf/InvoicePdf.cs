using PdfSharp.Pdf;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>Writes an invoice's PDF (PDFsharp; DejaVu Sans embedded as subsets; text is real text).</summary>
public static class InvoicePdf
{
    public const string MediaType = "application/pdf";

    /// <summary>The PDF's bytes. Call only once <see cref="PdfFonts.Ready"/> is true.</summary>
    public static byte[] Render(InvoiceDocument doc)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{InvoiceLayout.Title(doc)} {doc.Number}";
        pdf.Info.Author = doc.Issuer.Name;
        pdf.Info.Creator = "Blueindic";
        pdf.Options.CompressContentStreams = true;
        using (var pages = new InvoicePages(pdf, p => InvoiceLayout.RunningHeader(p, doc)))
            InvoiceLayout.Draw(pages, doc);
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The file name a download gets: the invoice number, made safe for any file system.</summary>
    public static string FileName(string number) =>
        string.Concat(number.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')) + ".pdf";
}
