using PdfSharp.Drawing;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>The faces the layout uses, made once (after <see cref="PdfFonts.Ready"/> has installed the resolver).</summary>
internal static class InvoiceFonts
{
    public static readonly XFont Title = new(DejaVuFontResolver.Family, 18, XFontStyleEx.Bold);
    public static readonly XFont Heading = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
    public static readonly XFont Text = new(DejaVuFontResolver.Family, 8.5);
    public static readonly XFont Bold = new(DejaVuFontResolver.Family, 8.5, XFontStyleEx.Bold);
    public static readonly XFont Small = new(DejaVuFontResolver.Family, 7);
    public static readonly XFont SmallBold = new(DejaVuFontResolver.Family, 7, XFontStyleEx.Bold);
    public static readonly XFont Total = new(DejaVuFontResolver.Family, 11, XFontStyleEx.Bold);
}
