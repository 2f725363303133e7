using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sylvan.Data.Csv;
using ExcelDataReader;

namespace Blueindic.Api.Common.Sheets;

public enum SheetFormat { Xlsx, Xls, Csv, Ods }

/// <summary>A file that cannot be read as a spreadsheet, or breaks a limit (HTTP 400).</summary>
public sealed class SpreadsheetRefusedException(string message) : Exception(message);

/// <summary>A non-blank row of the first sheet; <see cref="Number"/> is the row number the spreadsheet shows.</summary>
public readonly record struct SheetRow(int Number, string?[] Cells);

/// <summary>
/// Reads the first sheet of an uploaded .xlsx, .xls, .ods or .csv row by row (streaming readers:
/// ExcelDataReader, <see cref="OdsReader"/> and Sylvan.Data.Csv), every cell as text as the user sees it. The format is told by the file's content,
/// not its name, so a renamed file still reads.
/// </summary>
public static class SpreadsheetReader
{
    static SpreadsheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SheetFormat Detect(string path, ImportOptions limits)
    {
        var head = new byte[8192];
        int read;
        using (var file = File.OpenRead(path)) read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == 0) throw new SpreadsheetRefusedException("The file is empty.");
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
            return Inspect(path, limits);
        if (read >= 8 && head.AsSpan(0, 8).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
            return SheetFormat.Xls;
        if (head.AsSpan(0, read).Contains((byte)0))
            throw new SpreadsheetRefusedException("Not a spreadsheet: send an .xlsx, .xls, .ods or .csv file (CSV as UTF-8 or Windows-1252).");
        return SheetFormat.Csv;
    }

    /// <summary>Blank rows a file may have in all: a sheet whose rows are numbered far apart is refused, not walked.</summary>
    public const int MaxBlankRows = 10_000;

    /// <summary>The header is looked for among this many first non-blank rows (title rows above it are skipped).</summary>
    public const int MaxHeaderRow = 20;

    /// <summary>The widest sheet read: a stray cell in column XFD must not make every row 16,384 cells.</summary>
    public const int MaxSheetWidth = 1_024;

    /// <summary>The non-blank rows, header included. Throws <see cref="SpreadsheetRefusedException"/> on a broken file or a limit.</summary>
    public static IEnumerable<SheetRow> Rows(string path, SheetFormat format, ImportOptions limits)
    {
        var rows = format switch
        {
            SheetFormat.Csv => CsvRows(path),
            SheetFormat.Ods => OdsReader.Rows(path),
            _ => ExcelRows(path),
        };
        var count = 0;
        foreach (var row in rows)
        {
            if (row.Cells.Length > limits.MaxColumns && row.Cells.Skip(limits.MaxColumns).Any(c => !string.IsNullOrWhiteSpace(c)))
                throw new SpreadsheetRefusedException($"Row {row.Number} has more than {limits.MaxColumns} cells.");
            if (row.Cells.All(string.IsNullOrWhiteSpace))
            {
                if (row.Number - count > MaxBlankRows)
                    throw new SpreadsheetRefusedException($"The file has more than {MaxBlankRows} blank rows.");
                continue;
            }
            // The header, and the title rows above it, are more than the data rows allowed; the import's check counts those exactly.
            if (++count > limits.MaxRows + MaxHeaderRow) throw new SpreadsheetRefusedException($"The file has more than {limits.MaxRows} rows.");
            yield return row;
        }
    }

    // Each entry's declared size bounds what .NET's zip reader will inflate, so their sum is an honest cap.
    // Then every XML part is walked once for what ExcelDataReader would hold whole (XlsxInspector); an
    // .ods gets the same walk, which bounds its tags (an XmlReader holds an attribute whole) and refuses DTDs.
    private static SheetFormat Inspect(string path, ImportOptions limits)
    {
        var format = SheetFormat.Xlsx;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Sum(e => e.Length) > limits.MaxUncompressedBytes)
                throw new SpreadsheetRefusedException($"The workbook unpacks to more than {limits.MaxUncompressedBytes} bytes; it is refused unopened.");
            if (OdsReader.IsOds(zip)) format = SheetFormat.Ods;
            XlsxInspector.Inspect(zip, limits);
            return format;
        }
        catch (Exception e) when (e is not (SpreadsheetRefusedException or OutOfMemoryException))
        {
            // InvalidDataException mostly; a damaged directory can throw others.
            throw new SpreadsheetRefusedException(format == SheetFormat.Ods ? "Not a readable .ods file." : "Not a readable .xlsx file.");
        }
    }

    private static IEnumerable<SheetRow> ExcelRows(string path)
    {
        using var stream = File.OpenRead(path);
        IExcelDataReader reader;
        try { reader = ExcelReaderFactory.CreateReader(stream); }
        catch (Exception e) when (e is not OutOfMemoryException) { throw new SpreadsheetRefusedException($"Not a readable Excel file: {e.Message}"); }
        using (reader)
        {
            var number = 0;
            while (true)
            {
                string?[] cells;
                try
                {
                    if (!reader.Read()) break;
                    if (reader.FieldCount > MaxSheetWidth)
                        throw new SpreadsheetRefusedException($"The sheet is wider than {MaxSheetWidth} columns.");
                    cells = new string?[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++) cells[i] = Text(reader.GetValue(i), reader.GetNumberFormatString(i));
                }
                catch (Exception e) when (e is not (OutOfMemoryException or SpreadsheetRefusedException))
                {
                    throw new SpreadsheetRefusedException($"The workbook is damaged near row {number + 1}: {e.Message}");
                }
                yield return new SheetRow(++number, cells);
            }
        }
    }

    private static string? Text(object? value, string? numberFormat) => value switch
    {
        null => null,
        string s => s,
        double d when NumberFormats.Shown(d, numberFormat) is { } shown => shown,
        // Phone numbers, postal codes and tax ids typed as numbers come back without ".0".
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static IEnumerable<SheetRow> CsvRows(string path)
    {
        var encoding = CsvEncoding(path);
        var delimiter = Delimiter(path, encoding);
        var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        CsvDataReader csv;
        try
        {
            // A record larger than the buffer cap is refused rather than buffered without end.
            csv = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                HasHeaders = false, Delimiter = delimiter, MaxBufferSize = 1024 * 1024, OwnsReader = true,
            });
        }
        catch (Exception e) when (e is CsvFormatException or ArgumentException)
        {
            text.Dispose();
            throw new SpreadsheetRefusedException($"The CSV cannot be read: {e.Message}");
        }
        using (csv)
        {
            while (true)
            {
                string?[] cells;
                try
                {
                    if (!csv.Read()) break;
                    cells = new string?[csv.RowFieldCount];
                    for (var i = 0; i < cells.Length; i++) cells[i] = csv.GetString(i);
                }
                catch (Exception e) when (e is CsvFormatException or CsvRecordTooLargeException)
                {
                    throw new SpreadsheetRefusedException($"The CSV is malformed near row {csv.RowNumber}: {e.Message}");
                }
                yield return new SheetRow(csv.RowNumber, cells);
            }
        }
    }

    /// <summary>
    /// The separator the header line uses most (outside quotes) among ';' ',' and tab; ';' when it has
    /// none, which keeps a one-column file whole ("García, Juan" stays one name).
    /// </summary>
    private static char Delimiter(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        for (var read = 0; read < 64 * 1024 && reader.Read() is var c and >= 0; read++)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && counts.ContainsKey((char)c)) counts[(char)c]++;
        }
        var best = counts.MaxBy(kv => kv.Value);
        return best.Value > 0 ? best.Key : ';';
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252 as Spanish Excel saves CSV.</summary>
    private static Encoding CsvEncoding(string path)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            using var reader = new StreamReader(path, strict, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[64 * 1024];
            while (reader.Read(buffer, 0, buffer.Length) > 0) { }
            return strict;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252);
        }
    }
}
