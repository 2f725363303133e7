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
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Part("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Clientes" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            var rows = string.Concat(cells.Select((s, i) => $"""<row r="{i + 1}"><c r="A{i + 1}" t="s"><v>{s}</v></c></row>"""));
            Part("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{rows}</sheetData></worksheet>""");
            using var table = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml").Open(), new UTF8Encoding(false));
            table.Write($"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}">""");
            foreach (var text in strings) table.Write($"<si><t>{System.Security.SecurityElement.Escape(text)}</t></si>");
            table.Write("</sst>");
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
