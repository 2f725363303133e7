using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>
/// A4 pages written top to bottom with a cursor: what does not fit on a page opens the next one
/// (with its running header); page numbers are drawn once the count is known.
/// </summary>
internal sealed class InvoicePages(PdfDocument pdf, Action<InvoicePages> runningHeader) : IDisposable
{
    public const double Margin = 42.5;   // 15 mm
    public static readonly double Width = XUnit.FromMillimeter(210).Point;
    public static readonly double Height = XUnit.FromMillimeter(297).Point;
    public static double Left => Margin;
    public static double Right => Width - Margin;
    public static double ContentWidth => Right - Left;
    private static double Bottom => Height - Margin - 22;   // room for the footer

    private readonly List<XGraphics> _pages = [];
    public XGraphics G { get; private set; } = null!;
    public double Y { get; set; }
    public int Count => _pages.Count;

    public void NewPage()
    {
        var page = pdf.AddPage();
        page.Size = PageSize.A4;
        G = XGraphics.FromPdfPage(page);
        _pages.Add(G);
        Y = Margin;
        if (_pages.Count > 1) runningHeader(this);
    }

    /// <summary>Opens a new page unless <paramref name="height"/> more points fit on this one; true when it did.</summary>
    public bool Ensure(double height)
    {
        if (Y + height <= Bottom) return false;
        NewPage();
        return true;
    }

    public void Text(string text, XFont font, double x, double y, double width, bool right = false, XBrush? brush = null) =>
        G.DrawString(text, font, brush ?? XBrushes.Black, new XRect(x, y, width, font.GetHeight()), right ? XStringFormats.TopRight : XStringFormats.TopLeft);

    public static double LineHeight(XFont font) => font.GetHeight() * 1.15;

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="width"/> (at spaces, or inside a word too long for one line).</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (G.MeasureString(candidate, font).Width <= width) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (line.Length > 1 && G.MeasureString(line, font).Width > width)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && G.MeasureString(line[..fit], font).Width > width) fit--;
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>"Página n de m" and <paramref name="left"/> at the foot of every page.</summary>
    public void Footers(string left)
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            var g = _pages[i];
            var y = Height - Margin - 8;
            g.DrawLine(XPens.LightGray, Left, y - 4, Right, y - 4);
            g.DrawString(left, InvoiceFonts.Small, XBrushes.DimGray, new XRect(Left, y, ContentWidth * 0.7, 10), XStringFormats.TopLeft);
            g.DrawString($"Página {i + 1} de {_pages.Count}", InvoiceFonts.Small, XBrushes.DimGray, new XRect(Left, y, ContentWidth, 10), XStringFormats.TopRight);
        }
    }

    public void Dispose()
    {
        foreach (var g in _pages) g.Dispose();
    }
}
