using PdfSharp.Pdf;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>Writes an invoice's PDF (PDFsharp; DejaVu Sans embedded as subsets; text is real text).</summary>
public static class InvoicePdf
{
    public const string MediaType = "application/pdf";

    /// <summary>The PDF's bytes. Endpoints check <see cref="PdfFonts.Ready"/> first, to answer a problem instead.</summary>
    public static byte[] Render(InvoiceDocument doc)
    {
        // Before any font is made: a face made without the resolver would fail for the life of the process.
        if (!PdfFonts.Ready()) throw new InvalidOperationException(PdfFonts.Problem);
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
