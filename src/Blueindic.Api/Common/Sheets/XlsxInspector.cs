using System.IO.Compression;

namespace Blueindic.Api.Common.Sheets;

/// <summary>
/// Walks every XML part of an .xlsx once (whatever its name: ExcelDataReader opens parts by their
/// relationships, not their names), as bytes, before ExcelDataReader opens it, and refuses what
/// it would turn into too much memory: ExcelDataReader keeps the whole shared-strings table, the styles
/// and the workbook's lists, and builds a row's cells and a cell's text whole. The walk keeps nothing
/// but counters (a 64 KB buffer), so a refusal costs one inflate of the file and no allocation that
/// grows with it.
/// </summary>
/// <remarks>
/// A byte scanner rather than an XmlReader: XmlReader itself buffers a whole attribute value or
/// comment, so a single 190 MB token would cost the check what it guards against. It does not
/// validate the XML (ExcelDataReader does that); it counts conservatively: tags by their local name
/// wherever they are (a renamed sheet or shared-strings part is counted too), text in bytes of UTF-8.
/// A part in UTF-16 would hide its tags from the count, so it is refused: Excel writes UTF-8 only.
/// </remarks>
internal sealed class XlsxInspector(ImportOptions limits)
{
    /// <summary>Longest tag (or comment, CDATA section…) in any part: real ones are a few hundred bytes.</summary>
    public const int MaxTagBytes = 64 * 1024;

    /// <summary>Most text in one cell (Excel's 32,767 characters at up to 4 bytes each).</summary>
    public const int MaxCellBytes = 32_767 * 4;

    /// <summary>
    /// Most text written in one row of the sheet (ExcelDataReader builds a row whole): a client's
    /// row is a few KB; cells that point into the shared strings hold only an index here.
    /// </summary>
    public const int MaxRowBytes = 1024 * 1024;

    /// <summary>
    /// Most records ExcelDataReader keeps from the workbook, styles and relationship parts (xf, numFmt,
    /// sheet and Relationship elements); Excel itself allows 64,000 cell formats.
    /// </summary>
    public const int MaxWorkbookRecords = 200_000;

    private long _sharedStrings, _sharedStringBytes, _records;
    private bool _inSharedString, _inSheetData;
    private int _cellsInRow;
    private long _cellBytes, _rowBytes;

    public static void Inspect(ZipArchive zip, ImportOptions limits)
    {
        if (zip.Entries.Any(e => e.FullName.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) && e.FullName.Contains("workbook", StringComparison.OrdinalIgnoreCase)))
            throw new SpreadsheetRefusedException("Binary workbooks (.xlsb) are not read: save the file as .xlsx.");
        var inspector = new XlsxInspector(limits);
        var buffer = new byte[64 * 1024];
        foreach (var entry in zip.Entries)
        {
            using var part = entry.Open();
            var first = part.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (IsXml(buffer.AsSpan(0, first), entry.FullName)) inspector.Scan(part, entry.FullName, buffer, first);
        }
    }

    /// <summary>
    /// Whether a part is XML, told by its first bytes: images and other binary parts are left alone,
    /// and a part in UTF-16 is refused.
    /// </summary>
    private static bool IsXml(ReadOnlySpan<byte> start, string name)
    {
        // What an XML reader takes for UTF-16: a byte-order mark, or '<' next to a zero byte.
        if (start.StartsWith((byte[])[0xFF, 0xFE]) || start.StartsWith((byte[])[0xFE, 0xFF])
            || start.StartsWith("<\0"u8) || start.StartsWith("\0<"u8))
            throw new SpreadsheetRefusedException($"The workbook part {name} is not UTF-8; save the file again from Excel or LibreOffice.");
        if (start.StartsWith((byte[])[0xEF, 0xBB, 0xBF])) start = start[3..];
        var content = start.TrimStart(" \t\r\n"u8);
        return content.IsEmpty || content[0] == (byte)'<';
    }

    private void Scan(Stream part, string name, byte[] buffer, int read)
    {
        Span<byte> head = stackalloc byte[64];
        var inTag = false;
        var tagBytes = 0;
        var headLength = 0;
        for (; read > 0; read = part.Read(buffer))
        {
            var span = buffer.AsSpan(0, read);
            while (!span.IsEmpty)
            {
                if (!inTag)
                {
                    var open = span.IndexOf((byte)'<');
                    Text(open < 0 ? span.Length : open);
                    if (open < 0) break;
                    (inTag, tagBytes, headLength) = (true, 0, 0);
                    span = span[(open + 1)..];
                }
                else
                {
                    var close = span.IndexOf((byte)'>');
                    var body = close < 0 ? span : span[..close];
                    var copy = Math.Min(body.Length, head.Length - headLength);
                    body[..copy].CopyTo(head[headLength..]);
                    headLength += copy;
                    tagBytes += body.Length;
                    if (tagBytes > MaxTagBytes)
                        throw new SpreadsheetRefusedException($"The workbook part {name} has a tag longer than {MaxTagBytes} bytes.");
                    if (close < 0) break;
                    inTag = false;
                    Tag(head[..headLength], name);
                    span = span[(close + 1)..];
                }
            }
        }
        _inSharedString = _inSheetData = false;
    }

    private void Text(int bytes)
    {
        if (bytes == 0) return;
        if (_inSharedString && (_sharedStringBytes += bytes) > limits.MaxSharedStringBytes)
            throw new SpreadsheetRefusedException(
                $"The workbook's shared strings hold more than {limits.MaxSharedStringBytes} bytes of text (Imports:MaxSharedStringBytes).");
        if (_inSheetData && (_cellBytes += bytes) > MaxCellBytes)
            throw new SpreadsheetRefusedException($"A cell of the sheet holds more than {MaxCellBytes} bytes of text.");
        if (_inSheetData && (_rowBytes += bytes) > MaxRowBytes)
            throw new SpreadsheetRefusedException($"A row of the sheet holds more than {MaxRowBytes} bytes of text.");
    }

    private void Tag(ReadOnlySpan<byte> head, string part)
    {
        if (head.IsEmpty || head[0] is (byte)'?') return;
        if (head.StartsWith("!DOCTYPE"u8)) throw new SpreadsheetRefusedException($"The workbook part {part} declares a DTD; workbooks never do.");
        if (head[0] is (byte)'!') return; // comment or CDATA: its text was bounded like any other
        var end = head[0] == '/';
        var nameStart = end ? 1 : 0;
        var length = head[nameStart..].IndexOfAny(" \t\r\n/"u8);
        var qualified = length < 0 ? head[nameStart..] : head.Slice(nameStart, length);
        var local = qualified[(qualified.IndexOf((byte)':') + 1)..];

        if (local.SequenceEqual("si"u8))
        {
            _inSharedString = !end;
            if (!end && ++_sharedStrings > limits.MaxSharedStrings)
                throw new SpreadsheetRefusedException(
                    $"The workbook has more than {limits.MaxSharedStrings} shared strings (Imports:MaxSharedStrings).");
        }
        else if (local.SequenceEqual("sheetData"u8)) (_inSheetData, _cellBytes) = (!end, 0);
        else if (end) return;
        else if (local.SequenceEqual("row"u8)) (_cellsInRow, _cellBytes, _rowBytes) = (0, 0, 0);
        else if (local.SequenceEqual("c"u8))
        {
            _cellBytes = 0;
            if (_inSheetData && ++_cellsInRow > SpreadsheetReader.MaxSheetWidth)
                throw new SpreadsheetRefusedException($"A row of the sheet has more than {SpreadsheetReader.MaxSheetWidth} cells.");
        }
        else if ((local.SequenceEqual("xf"u8) || local.SequenceEqual("numFmt"u8) || local.SequenceEqual("sheet"u8) || local.SequenceEqual("Relationship"u8))
                 && ++_records > MaxWorkbookRecords)
            throw new SpreadsheetRefusedException($"The workbook has more than {MaxWorkbookRecords} styles, sheets and relationships.");
    }
}
