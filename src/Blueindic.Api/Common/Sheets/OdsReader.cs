using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Blueindic.Api.Common.Sheets;

/// <summary>
/// Reads the first table of an OpenDocument spreadsheet (.ods, LibreOffice) row by row, streaming
/// <c>content.xml</c> with an <see cref="XmlReader"/>. No kept library reads .ods (ExcelDataReader,
/// NPOI 2.4 and ClosedXML read Office formats only), and what a client list needs is small: rows,
/// cells, their value types and the repeat counts.
/// </summary>
/// <remarks>
/// Repeats are how a hostile file would multiply itself (one <c>&lt;table:table-cell
/// table:number-columns-repeated="16384"&gt;</c> is 16,384 cells, one row repeated a million times
/// a million rows), so blank cells and blank rows are counted, never built: a row's trailing blank
/// cells and the sheet's trailing blank rows, which LibreOffice writes as huge repeats, cost nothing.
/// A non-blank cell past <see cref="SpreadsheetReader.MaxSheetWidth"/> columns is refused; a
/// non-blank repeated row yields one row per repeat, which <see cref="SpreadsheetReader.Rows"/>
/// stops at <c>MaxRows</c>. Cell text is read in chunks and capped like an .xlsx cell's.
/// </remarks>
internal static class OdsReader
{
    public const string MimeType = "application/vnd.oasis.opendocument.spreadsheet";

    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /// <summary>The last row a spreadsheet program shows (Excel's and LibreOffice's 1,048,576).</summary>
    public const int MaxRowNumber = 1_048_576;

    /// <summary>Whether an opened zip is an OpenDocument spreadsheet: its <c>mimetype</c> entry says so.</summary>
    public static bool IsOds(ZipArchive zip)
    {
        if (zip.GetEntry("mimetype") is not { Length: < 256 } entry) return false;
        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim() == MimeType;
    }

    public static IEnumerable<SheetRow> Rows(string path)
    {
        using var zip = Open(path);
        var content = zip.GetEntry("content.xml") ?? throw new SpreadsheetRefusedException("Not a readable .ods file: it has no content.xml.");
        using var stream = content.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
        });
        var number = 0;
        var inTable = false;
        while (true)
        {
            (string?[] Cells, int Repeat)? row = null;
            try
            {
                if (!xml.Read()) yield break;
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == TableNs && xml.LocalName == "table")
                {
                    if (inTable) yield break; // a table inside the first one
                    inTable = true;
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == TableNs && xml.LocalName == "table") yield break;
                else if (inTable && xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == TableNs && xml.LocalName == "table-row")
                {
                    var repeat = Repeat(xml, "number-rows-repeated");
                    row = (ReadRow(xml, number + 1), repeat);
                }
            }
            catch (XmlException e)
            {
                throw new SpreadsheetRefusedException($"The .ods file is damaged near row {number + 1}: {e.Message}");
            }
            if (row is not { } r) continue;
            if (r.Cells.All(string.IsNullOrWhiteSpace))
            {
                // Blank rows are only counted: LibreOffice writes the sheet's unused rows as one repeat.
                number = (int)Math.Min(MaxRowNumber, (long)number + r.Repeat);
                continue;
            }
            if ((long)number + r.Repeat > MaxRowNumber)
                throw new SpreadsheetRefusedException($"The sheet has rows past row {MaxRowNumber}.");
            for (var i = 0; i < r.Repeat; i++) yield return new SheetRow(++number, r.Cells);
        }
    }

    private static ZipArchive Open(string path)
    {
        try { return ZipFile.OpenRead(path); }
        catch (InvalidDataException) { throw new SpreadsheetRefusedException("Not a readable .ods file."); }
    }

    /// <summary>
    /// The row the reader is on, its cells as text; leaves the reader on the row's end. The repeat
    /// attribute is read before the row's content, while the reader is still on the row.
    /// </summary>
    private static string?[] ReadRow(XmlReader xml, int rowNumber)
    {
        var cells = new List<string?>();
        if (xml.IsEmptyElement) return [];
        var blanks = 0L; // blank cells not yet added: only added when a non-blank cell follows them
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != TableNs
                || xml.LocalName is not ("table-cell" or "covered-table-cell")) continue;
            var repeat = Repeat(xml, "number-columns-repeated");
            var text = CellText(xml);
            if (string.IsNullOrWhiteSpace(text))
            {
                blanks += repeat;
                continue;
            }
            if (cells.Count + blanks + repeat > SpreadsheetReader.MaxSheetWidth)
                throw new SpreadsheetRefusedException($"Row {rowNumber} of the sheet is wider than {SpreadsheetReader.MaxSheetWidth} columns.");
            for (; blanks > 0; blanks--) cells.Add(null);
            for (var i = 0; i < repeat; i++) cells.Add(text);
        }
        return cells.ToArray();
    }

    private static int Repeat(XmlReader xml, string attribute)
    {
        var text = xml.GetAttribute(attribute, TableNs);
        if (text is null) return 1;
        // A repeat beyond the sheet is clamped: only a blank run may be that long, and it is only counted.
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? (int)Math.Min(n, MaxRowNumber) : 1;
    }

    /// <summary>
    /// A cell as the user sees it, from its value type: the number as written (the cell's shown text
    /// when that is the same number with leading zeros, a postal code formatted <c>00000</c>), a date
    /// as <c>yyyy-MM-dd</c>, else the text of its paragraphs. Leaves the reader on the cell's end.
    /// </summary>
    private static string? CellText(XmlReader xml)
    {
        var type = xml.GetAttribute("value-type", OfficeNs);
        var value = type switch
        {
            "float" or "percentage" or "currency" => xml.GetAttribute("value", OfficeNs),
            "date" => xml.GetAttribute("date-value", OfficeNs),
            "boolean" => xml.GetAttribute("boolean-value", OfficeNs),
            _ => null,
        };
        var shown = Paragraphs(xml);
        return type switch
        {
            "float" or "percentage" or "currency" when value is not null => Number(value, shown),
            "date" when value is not null => value.EndsWith("T00:00:00", StringComparison.Ordinal) ? value[..10] : value,
            "boolean" when value is not null => value,
            _ => shown,
        };
    }

    private static string Number(string value, string? shown)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return value;
        if (shown is { Length: > 0 } && shown.All(char.IsAsciiDigit) && shown.Length <= 18 && long.Parse(shown, CultureInfo.InvariantCulture) == d)
            return shown;
        return d == Math.Floor(d) && Math.Abs(d) < 1e15 ? ((long)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The text of the cell's paragraphs (one line each), read in chunks and capped; null when it has
    /// none. A comment on the cell (<c>office:annotation</c>, its own paragraphs) is not its text.
    /// </summary>
    private static string? Paragraphs(XmlReader xml)
    {
        if (xml.IsEmptyElement) return null;
        var depth = xml.Depth;
        var text = new StringBuilder();
        var paragraphs = 0;
        var chunk = new char[4096];
        var comment = -1; // depth of an office:annotation (a comment on the cell, not its value) being passed over
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (comment >= 0)
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == comment) comment = -1;
                continue;
            }
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == OfficeNs && xml.LocalName == "annotation")
            {
                if (!xml.IsEmptyElement) comment = xml.Depth;
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == TextNs)
            {
                switch (xml.LocalName)
                {
                    case "p" when paragraphs++ > 0: Append(text, "\n"); break;
                    case "s": Append(text, new string(' ', Math.Clamp(int.TryParse(xml.GetAttribute("c", TextNs), out var c) ? c : 1, 1, 1024))); break;
                    case "tab": Append(text, "\t"); break;
                    case "line-break": Append(text, "\n"); break;
                }
            }
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
            {
                if (xml.NodeType == XmlNodeType.SignificantWhitespace) continue;
                int read;
                while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0) Append(text, chunk.AsSpan(0, read));
            }
        }
        return paragraphs == 0 && text.Length == 0 ? null : text.ToString();
    }

    private static void Append(StringBuilder text, ReadOnlySpan<char> more)
    {
        // Characters, not bytes: the same 32,767-character cell an .xlsx may hold.
        if (text.Length + more.Length > XlsxInspector.MaxCellBytes / 4)
            throw new SpreadsheetRefusedException($"A cell of the sheet holds more than {XlsxInspector.MaxCellBytes / 4} characters.");
        text.Append(more);
    }
}
