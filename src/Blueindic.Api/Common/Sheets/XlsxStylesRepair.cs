using System.IO.Compression;
using System.Xml.Linq;

namespace Blueindic.Api.Common.Sheets;

/// <summary>
/// Copies the .xlsx MiniExcel wrote to the response, mending its styles part on the way: MiniExcel
/// 1.46 (plain table style) writes an empty <c>&lt;fill/&gt;</c>, which the schema allows but
/// openpyxl (and so pandas) refuses to open. Each empty fill becomes "no fill", and Excel's reserved
/// second fill (gray125) is added as Excel itself writes it. Every other part is copied entry by
/// entry, so the sheet is streamed, never held in memory.
/// </summary>
internal static class XlsxStylesRepair
{
    private const string StylesPart = "xl/styles.xml";
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static async Task CopyAsync(Stream xlsx, Stream output, CancellationToken ct)
    {
        await using var source = await ZipArchive.CreateAsync(xlsx, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct);
        // The archive writes synchronously in places, which Kestrel refuses on a response: it writes
        // into a buffer drained to the response asynchronously, a chunk at a time.
        var buffer = new ZipOutputBuffer();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                copy.LastWriteTime = entry.LastWriteTime;
                await using var from = await entry.OpenAsync(ct);
                using (var to = copy.Open())
                {
                    if (entry.FullName == StylesPart) Mended(await XDocument.LoadAsync(from, LoadOptions.None, ct)).Save(to, SaveOptions.DisableFormatting);
                    else await CopyDrainingAsync(from, to, buffer, output, ct);
                }
                await buffer.DrainAsync(output, ct);
            }
        }
        await buffer.DrainAsync(output, ct);
    }

    private static async Task CopyDrainingAsync(Stream from, Stream to, ZipOutputBuffer buffer, Stream output, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(chunk, ct)) > 0)
        {
            to.Write(chunk, 0, read);
            await buffer.DrainAsync(output, ct);
        }
    }

    private static XDocument Mended(XDocument styles)
    {
        if (styles.Root?.Element(Main + "fills") is not { } fills) return styles;
        foreach (var empty in fills.Elements(Main + "fill").Where(f => !f.HasElements))
            empty.Add(PatternFill("none"));
        if (fills.Elements(Main + "fill").Count() == 1) fills.Add(new XElement(Main + "fill", PatternFill("gray125")));
        fills.SetAttributeValue("count", fills.Elements(Main + "fill").Count());
        return styles;
    }

    private static XElement PatternFill(string type) => new(Main + "patternFill", new XAttribute("patternType", type));
}
