using System.Text;
using MiniExcelLibs;
using NPOI.HSSF.UserModel;

namespace Blueindic.Api.Tests.Support;

/// <summary>Real spreadsheet files, written the way Excel and LibreOffice users produce them.</summary>
public static class Sheets
{
    static Sheets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Xlsx(params object?[][] rows)
    {
        var stream = new MemoryStream();
        var sheet = rows.Select(r => r.Select((cell, i) => (Key: $"c{i}", cell)).ToDictionary(c => c.Key, c => c.cell));
        MiniExcel.SaveAs(stream, sheet, printHeader: false);
        return stream.ToArray();
    }

    /// <summary>The same workbook with its first sheet's XML edited (to build sheets no friendly writer makes).</summary>
    public static byte[] EditXlsx(byte[] xlsx, Func<string, string> sheetXml) =>
        EditPart(xlsx, "xl/worksheets/sheet1.xml", xml => ("xl/worksheets/sheet1.xml", sheetXml(xml), new UTF8Encoding(false)));

    /// <summary>The same workbook with one part rewritten: maybe under another name, maybe in another encoding.</summary>
    public static byte[] EditPart(byte[] xlsx, string part, Func<string, (string Name, string Xml, Encoding Encoding)> edit)
    {
        var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            var (name, edited, encoding) = edit(xml);
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), encoding);
            writer.Write(edited);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A minimal .xlsx as Excel writes one: its cells point into the shared-strings table. The first
    /// column of row n shows <paramref name="cells"/>[n - 1] (an index into <paramref name="strings"/>);
    /// the table may hold more strings than the cells use, as a hostile file's does.
    /// </summary>
    public static byte[] SharedStringsXlsx(IEnumerable<string> strings, params int[] cells)
    {
        var rows = string.Concat(cells.Select((s, i) => $"""<row r="{i + 1}"><c r="A{i + 1}" t="s"><v>{s}</v></c></row>"""));
        return Workbook($"""<sheetData>{rows}</sheetData>""", new ExtraPart("sharedStrings", "sharedStrings.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml", table =>
            {
                table.Write($"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">""");
                foreach (var text in strings) table.Write($"<si><t>{System.Security.SecurityElement.Escape(text)}</t></si>");
                table.Write("</sst>");
            }));
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A part of the workbook beside its one sheet (shared strings, styles), written as it streams.</summary>
    private sealed record ExtraPart(string RelationType, string Target, string ContentType, Action<TextWriter> Write);

    /// <summary>The smallest package Excel opens: content types, relationships, a workbook with one sheet, and one more part.</summary>
    private static byte[] Workbook(string sheetContent, ExtraPart extra)
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, Action<TextWriter> write)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                write(writer);
            }
            Part("[Content_Types].xml", w => w.Write($"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/{extra.Target}" ContentType="{extra.ContentType}"/></Types>"""));
            Part("_rels/.rels", w => w.Write($"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""));
            Part("xl/workbook.xml", w => w.Write($"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets><sheet name="Clientes" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Part("xl/_rels/workbook.xml.rels", w => w.Write($"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{Rel}/{extra.RelationType}" Target="{extra.Target}"/></Relationships>"""));
            Part("xl/worksheets/sheet1.xml", w => w.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}">{sheetContent}</worksheet>"""));
            Part($"xl/{extra.Target}", extra.Write);
        }
        return stream.ToArray();
    }

    /// <summary>A number in a cell with a number format, as Excel stores it (the value, and the format in the styles).</summary>
    public sealed record Formatted(double Value, string Format);

    /// <summary>
    /// A minimal .xlsx as Excel writes one with cell styles: text cells as inline strings, numbers with
    /// their number format (<see cref="Formatted"/>; a plain int or double is General), null cells
    /// and empty rows left out, and <paramref name="merges"/> (e.g. "A1:F1") as merged cells.
    /// </summary>
    public static byte[] StyledXlsx(string[] merges, params object?[][] rows)
    {
        var formats = new List<string>();
        int Style(string format)
        {
            if (!formats.Contains(format)) formats.Add(format);
            return formats.IndexOf(format) + 1;
        }
        string Cell(object? value, int row, int column)
        {
            var at = $"{(char)('A' + column)}{row}";
            return value switch
            {
                null => "",
                string text => $"""<c r="{at}" t="inlineStr"><is><t xml:space="preserve">{System.Security.SecurityElement.Escape(text)}</t></is></c>""",
                Formatted f => $"""<c r="{at}" s="{Style(f.Format)}"><v>{f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>""",
                _ => $"""<c r="{at}"><v>{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}</v></c>""",
            };
        }
        var sheetRows = string.Concat(rows.Select((r, i) => r.Length == 0 ? ""
            : $"""<row r="{i + 1}">{string.Concat(r.Select((v, c) => Cell(v, i + 1, c)))}</row>"""));
        var mergeCells = merges.Length == 0 ? "" : $"""<mergeCells count="{merges.Length}">{string.Concat(merges.Select(m => $"""<mergeCell ref="{m}"/>"""))}</mergeCells>""";

        // Built-in formats keep their ids and are not declared, as Excel writes them; others are custom, from 164.
        static int FormatId(string format, int index) => format switch { "General" => 0, "0" => 1, "0.00" => 2, "@" => 49, _ => 164 + index };
        var numFmts = string.Concat(formats.Select((f, i) => FormatId(f, i) < 164 ? "" : $"""<numFmt numFmtId="{FormatId(f, i)}" formatCode="{System.Security.SecurityElement.Escape(f)}"/>"""));
        var xfs = string.Concat(formats.Select((f, i) => $"""<xf numFmtId="{FormatId(f, i)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""));

        var styles = $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}"><numFmts count="{formats.Select(FormatId).Count(id => id >= 164)}">{numFmts}</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="{formats.Count + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>{xfs}</cellXfs></styleSheet>""";
        return Workbook($"""<sheetData>{sheetRows}</sheetData>{mergeCells}""",
            new ExtraPart("styles", "styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml", w => w.Write(styles)));
    }

    /// <summary>
    /// A minimal OpenDocument spreadsheet as LibreOffice writes one: the <c>mimetype</c> entry first and
    /// stored, the manifest, and <c>content.xml</c> whose first table holds <paramref name="tableXml"/>
    /// (its rows, with the <c>table:</c>, <c>office:</c> and <c>text:</c> prefixes).
    /// </summary>
    public static byte[] Ods(string tableXml, string? contentPrologue = null)
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string text, System.IO.Compression.CompressionLevel level = System.IO.Compression.CompressionLevel.Optimal)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            Part("mimetype", "application/vnd.oasis.opendocument.spreadsheet", System.IO.Compression.CompressionLevel.NoCompression);
            Part("META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>""");
            Part("content.xml", $"""<?xml version="1.0" encoding="UTF-8"?>{contentPrologue}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Clientes"><table:table-column table:number-columns-repeated="6"/>{tableXml}</table:table><table:table table:name="Otra"><table:table-row><table:table-cell office:value-type="string"><text:p>Nombre</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>No es del primer libro</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>""");
        }
        return stream.ToArray();
    }

    /// <summary>An Excel 97–2003 workbook (BIFF8), as older Spanish accounting software still exports.</summary>
    public static byte[] Xls(params object?[][] rows)
    {
        var book = new HSSFWorkbook();
        var sheet = book.CreateSheet("Clientes");
        for (var r = 0; r < rows.Length; r++)
        {
            var row = sheet.CreateRow(r);
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = row.CreateCell(c);
                switch (rows[r][c])
                {
                    case null: break;
                    case int n: cell.SetCellValue(n); break;
                    case double d: cell.SetCellValue(d); break;
                    case var other: cell.SetCellValue(other.ToString()); break;
                }
            }
        }
        var stream = new MemoryStream();
        book.Write(stream);
        return stream.ToArray();
    }

    /// <summary>CSV with the given separator and encoding; fields quoted only when they need it.</summary>
    public static byte[] Csv(char separator, Encoding encoding, params object?[][] rows)
    {
        string Field(object? value)
        {
            var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            return text.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
        }
        var body = string.Join("\r\n", rows.Select(r => string.Join(separator, r.Select(Field)))) + "\r\n";
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(body)];
    }

    /// <summary>Spanish Excel's "CSV (delimitado por comas)": semicolons, Windows-1252, no BOM.</summary>
    public static byte[] SpanishExcelCsv(params object?[][] rows) => Csv(';', Encoding.GetEncoding(1252), rows);

    /// <summary>"CSV UTF-8": commas, UTF-8 with BOM.</summary>
    public static byte[] Utf8Csv(params object?[][] rows) => Csv(',', new UTF8Encoding(true), rows);

    /// <summary>Every row of the first sheet, cells as ExcelDataReader types them (string, double, DateTime…).</summary>
    public static List<object?[]> ReadExcel(byte[] file)
    {
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateReader(new MemoryStream(file));
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
