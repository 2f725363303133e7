using System.Globalization;
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

    /// <summary>Draws <paramref name="text"/> in its box, set smaller when wider than it (the largest figures allowed) rather than spilling over.</summary>
    public void Text(string text, XFont font, double x, double y, double width, bool right = false, XBrush? brush = null)
    {
        var measured = G.MeasureString(text, font).Width;
        if (measured > width && width > 0) font = new XFont(DejaVuFontResolver.Family, font.Size * width / measured, font.Style);
        G.DrawString(text, font, brush ?? XBrushes.Black, new XRect(x, y, width, font.GetHeight()), right ? XStringFormats.TopRight : XStringFormats.TopLeft);
    }

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
                while (G.MeasureString(line, font).Width > width)
                {
                    var fit = FittingPrefix(line, font, width);
                    if (fit == line.Length) break;   // a single character wider than the line: drawn as is
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>
    /// The length of the longest prefix of <paramref name="text"/> no wider than <paramref name="width"/>, in whole
    /// text elements (a surrogate pair or accented letter is never cut), at least one: a binary search, so a long
    /// unbroken word costs a few measurements per line instead of one per character.
    /// </summary>
    private int FittingPrefix(string text, XFont font, double width)
    {
        var ends = TextElementEnds(text);
        int lo = 0, hi = ends.Count - 1;   // index into ends of the longest prefix known to fit (lo), or that might (hi)
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (G.MeasureString(text[..ends[mid]], font).Width <= width) lo = mid;
            else hi = mid - 1;
        }
        return ends[lo];
    }

    private static List<int> TextElementEnds(string text)
    {
        var ends = new List<int>();
        for (var end = 0; end < text.Length;)
            ends.Add(end += StringInfo.GetNextTextElementLength(text.AsSpan(end)));
        return ends;
    }

    /// <summary><paramref name="text"/>, cut at a text element and ended with "…" when wider than <paramref name="width"/>.</summary>
    public static string Truncate(XGraphics g, string text, XFont font, double width)
    {
        if (g.MeasureString(text, font).Width <= width) return text;
        var ends = TextElementEnds(text);
        int lo = 0, hi = ends.Count;   // how many text elements, followed by "…", fit: lo does, hi might
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (g.MeasureString(text[..ends[mid - 1]] + "…", font).Width <= width) lo = mid;
            else hi = mid - 1;
        }
        return (lo == 0 ? "" : text[..ends[lo - 1]].TrimEnd()) + "…";
    }

    /// <summary>
    /// "Página n de m" and "<paramref name="name"/><paramref name="rest"/>" at the foot of every page, the name
    /// shortened with "…" so the line stops short of the page number.
    /// </summary>
    public void Footers(string name, string rest)
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            var g = _pages[i];
            var y = Height - Margin - 8;
            var number = $"Página {i + 1} de {_pages.Count}";
            var room = ContentWidth - g.MeasureString(number, InvoiceFonts.Small).Width - 12;
            var left = Truncate(g, name, InvoiceFonts.Small, room - g.MeasureString(rest, InvoiceFonts.Small).Width) + rest;
            g.DrawLine(XPens.LightGray, Left, y - 4, Right, y - 4);
            g.DrawString(Truncate(g, left, InvoiceFonts.Small, room), InvoiceFonts.Small, XBrushes.DimGray, new XRect(Left, y, room, 10), XStringFormats.TopLeft);
            g.DrawString(number, InvoiceFonts.Small, XBrushes.DimGray, new XRect(Left, y, ContentWidth, 10), XStringFormats.TopRight);
        }
    }

    public void Dispose()
    {
        foreach (var g in _pages) g.Dispose();
    }
}
