using System.Diagnostics;
using System.Globalization;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;

namespace Blueindic.Api.Tests.Support;

/// <summary>A PDF read back by readers nobody here wrote: PdfPig (text), poppler (fonts, pixels) and ZXing (the QR).</summary>
public sealed class PdfReadBack
{
    public required byte[] Bytes { get; init; }
    /// <summary>Each page's text, as its words joined by single spaces (layout-independent).</summary>
    public required IReadOnlyList<string> Pages { get; init; }
    public string All => string.Join(" ", Pages);
    /// <summary>The words of the first page set in its largest type.</summary>
    public required string Title { get; init; }

    public static PdfReadBack Of(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var words = pdf.GetPage(1).GetWords().ToList();
        var largest = words.Max(w => w.Letters[0].PointSize);
        return new PdfReadBack
        {
            Bytes = bytes,
            Title = string.Join(" ", words.Where(w => w.Letters[0].PointSize == largest).Select(w => w.Text)),
            Pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList(),
        };
    }
}

public static class Pdfs
{
    /// <summary>
    /// The figure as a Spanish invoice prints it (1.234,56 €), written here independently of the
    /// renderer's formatter, as it reads in a word stream (number and € are two words).
    /// </summary>
    public static string Money(decimal amount)
    {
        var spanish = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        (spanish.NumberDecimalSeparator, spanish.NumberGroupSeparator) = (",", ".");
        return amount.ToString("N2", spanish) + " €";
    }

    public static string Percent(decimal rate) => rate.ToString("0.##", new NumberFormatInfo { NumberDecimalSeparator = "," }) + " %";

    public static string Date(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Runs a poppler tool on the PDF; its standard output.</summary>
    public static string Poppler(string tool, byte[] pdf, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"blueindic-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) start.ArgumentList.Add(a);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {error}");
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} is not installed: install Debian's poppler-utils (./build.sh test does, as root).");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The fonts poppler's pdffonts lists: (name, embedded).</summary>
    public static List<(string Name, bool Embedded)> Fonts(byte[] pdf) =>
        Poppler("pdffonts", pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            // name, type (may be two words), encoding, emb, sub, uni, object id
            .Select(cols => (cols[0], cols[^5] == "yes")).ToList();

    /// <summary>Renders a page with poppler's pdftoppm to a grey PNM (P5).</summary>
    public static (byte[] Pixels, int Width, int Height) Render(byte[] pdf, int page = 1, int dpi = 150)
    {
        var output = Path.Combine(Path.GetTempPath(), $"blueindic-{Guid.NewGuid():N}");
        var file = Path.Combine(Path.GetTempPath(), $"blueindic-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using (var process = Process.Start("pdftoppm", ["-gray", "-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", "-singlefile", file, output]))
                process.WaitForExit();
            return ReadPgm(File.ReadAllBytes(output + ".pgm"));
        }
        finally
        {
            File.Delete(file);
            File.Delete(output + ".pgm");
        }
    }

    private static (byte[], int, int) ReadPgm(byte[] pgm)
    {
        // "P5" width height maxval, separated by whitespace, then one byte per pixel.
        var fields = new List<string>();
        var i = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[i])) i++;
            var start = i;
            while (!char.IsWhiteSpace((char)pgm[i])) i++;
            fields.Add(System.Text.Encoding.ASCII.GetString(pgm, start, i - start));
        }
        i++;
        if (fields[0] != "P5" || fields[3] != "255") throw new InvalidOperationException($"not an 8-bit PGM: {string.Join(' ', fields)}");
        int width = int.Parse(fields[1]), height = int.Parse(fields[2]);
        return (pgm[i..(i + width * height)], width, height);
    }

    /// <summary>The text of the QR code ZXing finds on the page, or null.</summary>
    public static string? QrText(byte[] pdf, int page = 1)
    {
        var (pixels, width, height) = Render(pdf, page);
        var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true, [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE } };
        return new ZXing.QrCode.QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints)?.Text;
    }
}
