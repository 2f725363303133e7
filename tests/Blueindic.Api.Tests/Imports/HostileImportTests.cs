using System.IO.Compression;
using System.Text;
using Alba;
using Blueindic.Api.Tests.Support;
using XlsxLimits = Blueindic.Api.Common.Sheets.XlsxInspector;

namespace Blueindic.Api.Tests.Imports;

/// <summary>Files that must be refused whole, with a clear problem and nothing imported.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileImportTests(AppFixture app)
{
    private async Task<IScenarioResult> Refused(TestTenant tenant, IScenarioResult result, int status = 400)
    {
        result.Status().ShouldBe(status, result.ReadAsText());
        result.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(0);
        return result;
    }

    private static string Detail(IScenarioResult result) => result.Json().GetProperty("errors").GetProperty("file")[0].GetString()!;

    [Fact]
    public async Task A_file_over_the_size_limit_is_413()
    {
        var tenant = await app.NewTenant();
        var big = Sheets.Utf8Csv([["Nombre", "Notas"], .. Enumerable.Range(0, 30_000).Select(i => new object?[] { $"Cliente {i}", new string('x', 80) })]);
        big.Length.ShouldBeGreaterThan((int)AppFixture.Imports.MaxFileBytes);

        await Refused(tenant, await tenant.Import(big, "grande.csv"), 413);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_unopened()
    {
        var tenant = await app.NewTenant();
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            // 8 MB of zeros per entry squeeze to a few kilobytes each.
            var zeros = new byte[1024 * 1024];
            foreach (var name in new[] { "[Content_Types].xml", "xl/worksheets/sheet1.xml" })
            {
                await using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                for (var i = 0; i < 8; i++) await entry.WriteAsync(zeros);
            }
        }
        bomb.Length.ShouldBeLessThan(100_000);

        var result = await Refused(tenant, await tenant.Import(bomb.ToArray(), "bomba.xlsx"));
        Detail(result).ShouldContain("unpacks to more than");
    }

    [Fact]
    public async Task A_workbook_whose_shared_strings_fit_the_limits_imports()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.SharedStringsXlsx(["Nombre", "Cliente A", .. Enumerable.Range(0, AppFixture.Imports.MaxSharedStrings - 2).Select(i => $"s{i}")], 0, 1);

        (await tenant.ImportNow(file, "compartidas.xlsx")).GetProperty("created").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_shared_strings_table_over_its_count_or_its_text_is_refused_before_the_workbook_is_read()
    {
        var tenant = await app.NewTenant();
        // The same readable workbook as above, its table one string longer, or one long text (~450 KB zipped in the probe's case: 187 MB).
        var many = Sheets.SharedStringsXlsx(["Nombre", "Cliente A", .. Enumerable.Range(0, AppFixture.Imports.MaxSharedStrings - 1).Select(i => $"s{i}")], 0, 1);
        var long_ = Sheets.SharedStringsXlsx(["Nombre", "Cliente A", new string('x', (int)AppFixture.Imports.MaxSharedStringBytes)], 0, 1);
        long_.Length.ShouldBeLessThan(10_000);

        Detail(await Refused(tenant, await tenant.Import(many, "muchas.xlsx"))).ShouldContain($"more than {AppFixture.Imports.MaxSharedStrings} shared strings (Imports:MaxSharedStrings)");
        Detail(await Refused(tenant, await tenant.Import(long_, "larga.xlsx"))).ShouldContain("(Imports:MaxSharedStringBytes)");
    }

    [Fact]
    public async Task A_cell_or_a_tag_the_reader_would_hold_whole_is_refused_and_a_binary_workbook_too()
    {
        var tenant = await app.NewTenant();
        var plain = Sheets.Xlsx(["Nombre"], ["Uno"]);
        var cell = Sheets.EditXlsx(plain, xml => xml.Replace("Uno", new string('u', XlsxLimits.MaxCellBytes + 1)));
        var tag = Sheets.EditXlsx(plain, xml => xml.Replace("r=\"A2\"", $"r=\"A2\" x=\"{new string('t', XlsxLimits.MaxTagBytes)}\""));
        var xlsb = new MemoryStream();
        using (var archive = new ZipArchive(xlsb, ZipArchiveMode.Create, leaveOpen: true))
            await using (var entry = archive.CreateEntry("xl/workbook.bin").Open()) await entry.WriteAsync(new byte[16]);

        Detail(await Refused(tenant, await tenant.Import(cell, "celda.xlsx"))).ShouldContain($"more than {XlsxLimits.MaxCellBytes} bytes of text");
        Detail(await Refused(tenant, await tenant.Import(tag, "etiqueta.xlsx"))).ShouldContain($"tag longer than {XlsxLimits.MaxTagBytes} bytes");
        Detail(await Refused(tenant, await tenant.Import(xlsb.ToArray(), "binario.xlsx"))).ShouldContain(".xlsb");
    }

    /// <summary>ExcelDataReader finds the sheet through the workbook's relationships, whatever its name.</summary>
    private static byte[] RenameSheet(byte[] xlsx, Func<string, string>? sheetXml = null)
    {
        var renamed = Sheets.EditPart(xlsx, "xl/worksheets/sheet1.xml", xml => ("xl/worksheets/s.dat", (sheetXml ?? (x => x))(xml), new UTF8Encoding(false)));
        return Sheets.EditPart(renamed, "xl/_rels/workbook.xml.rels",
            rels => ("xl/_rels/workbook.xml.rels", rels.Replace("worksheets/sheet1.xml", "worksheets/s.dat"), new UTF8Encoding(false)));
    }

    [Fact]
    public async Task A_sheet_under_another_name_is_inspected_all_the_same()
    {
        var tenant = await app.NewTenant();
        var plain = Sheets.Xlsx(["Nombre"], ["Uno"]);
        // The reader does open a renamed sheet, so the inspector must read it too.
        (await tenant.ImportNow(RenameSheet(plain), "renombrada.xlsx")).GetProperty("created").GetInt32().ShouldBe(1);

        var other = await app.NewTenant();
        var hostile = RenameSheet(plain, xml => xml.Replace("Uno", new string('u', XlsxLimits.MaxCellBytes + 1)));
        Detail(await Refused(other, await other.Import(hostile, "renombrada.xlsx"))).ShouldContain($"more than {XlsxLimits.MaxCellBytes} bytes of text");
    }

    [Fact]
    public async Task A_row_of_cells_each_under_the_cell_limit_but_over_the_row_limit_is_refused()
    {
        var tenant = await app.NewTenant();
        var cells = XlsxLimits.MaxRowBytes / (XlsxLimits.MaxCellBytes - 1) + 1;
        var header = Enumerable.Range(0, cells).Select(i => (object?)(i == 0 ? "Nombre" : $"Col{i}")).ToArray();
        var row = Enumerable.Range(0, cells).Select(i => (object?)$"celda{i:00}fin").ToArray();
        var file = Sheets.EditXlsx(Sheets.Xlsx(header, row), xml => System.Text.RegularExpressions.Regex.Replace(
            xml, "celda[0-9]{2}fin", _ => new string('x', XlsxLimits.MaxCellBytes - 1)));
        Detail(await Refused(tenant, await tenant.Import(file, "fila.xlsx"))).ShouldContain($"row of the sheet holds more than {XlsxLimits.MaxRowBytes} bytes");
    }

    [Fact]
    public async Task A_part_in_UTF_16_is_refused_as_its_tags_would_escape_the_count()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.EditPart(Sheets.Xlsx(["Nombre"], ["Uno"]), "xl/worksheets/sheet1.xml",
            xml => ("xl/worksheets/sheet1.xml", xml.Replace("encoding=\"utf-8\"", "encoding=\"utf-16\"", StringComparison.OrdinalIgnoreCase), new UnicodeEncoding(false, true)));
        Detail(await Refused(tenant, await tenant.Import(file, "utf16.xlsx"))).ShouldContain("not UTF-8");
    }

    [Theory]
    [InlineData("imagen.xlsx", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "Not a spreadsheet")]
    [InlineData("roto.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8 }, "xlsx")]
    [InlineData("roto.xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "Excel")]
    public async Task Bytes_that_are_not_a_spreadsheet_are_refused(string name, byte[] bytes, string says)
    {
        var tenant = await app.NewTenant();
        Detail(await Refused(tenant, await tenant.Import(bytes, name))).ShouldContain(says);
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused()
    {
        var tenant = await app.NewTenant();
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            await using (var entry = archive.CreateEntry("readme.txt").Open()) await entry.WriteAsync("hola"u8.ToArray());

        await Refused(tenant, await tenant.Import(zip.ToArray(), "clientes.xlsx"));
    }

    [Fact]
    public async Task An_empty_file_and_a_file_without_a_name_column_are_refused()
    {
        var tenant = await app.NewTenant();
        Detail(await Refused(tenant, await tenant.Import([], "vacio.csv"))).ShouldContain("empty");
        Detail(await Refused(tenant, await tenant.Import(Sheets.Xlsx(["NIF", "Email"], ["12345678Z", "a@b.es"]), "sin-nombre.xlsx")))
            .ShouldContain("name column");
    }

    [Fact]
    public async Task A_file_with_headers_only_imports_nothing()
    {
        var tenant = await app.NewTenant();
        var import = await tenant.ImportNow(Sheets.Xlsx(["Nombre", "NIF"]), "cabecera.xlsx");

        import.GetProperty("totalRows").GetInt32().ShouldBe(0);
        import.GetProperty("created").GetInt32().ShouldBe(0);
        import.GetProperty("status").GetString().ShouldBe("completed");
    }

    [Fact]
    public async Task Too_many_rows_or_cells_are_refused_before_anything_is_imported()
    {
        var tenant = await app.NewTenant();
        var rows = Sheets.Utf8Csv([["Nombre"], .. Enumerable.Range(0, AppFixture.Imports.MaxRows + 1).Select(i => new object?[] { $"C{i}" })]);
        var wide = Sheets.Utf8Csv(["Nombre", "NIF"], [.. Enumerable.Range(0, 101).Select(i => (object?)$"v{i}")]);

        Detail(await Refused(tenant, await tenant.Import(rows, "filas.csv"))).ShouldContain($"more than {AppFixture.Imports.MaxRows} rows");
        Detail(await Refused(tenant, await tenant.Import(wide, "ancho.csv"))).ShouldContain("more than 100 cells");
    }

    [Fact]
    public async Task A_sheet_with_rows_numbered_far_apart_or_a_cell_far_right_is_refused_not_walked()
    {
        var tenant = await app.NewTenant();
        var plain = Sheets.Xlsx(["Nombre"], ["Uno"], ["Dos"]);
        var far = Sheets.EditXlsx(plain, xml => xml.Replace("r=\"3\"", "r=\"1048576\"").Replace("r=\"A3\"", "r=\"A1048576\""));
        var wide = Sheets.EditXlsx(plain, xml => xml.Replace("r=\"A3\"", "r=\"XFD3\""));

        Detail(await Refused(tenant, await tenant.Import(far, "lejos.xlsx"))).ShouldContain("blank rows");
        Detail(await Refused(tenant, await tenant.Import(wide, "ancho.xlsx"))).ShouldContain("wider than");
    }

    [Fact]
    public async Task Control_characters_anywhere_fail_their_row_and_are_quoted_cleanly()
    {
        var tenant = await app.NewTenant();
        // Past the first 8 KB, where the binary sniffing looks.
        var padding = Enumerable.Range(0, 30).Select(i => new object?[] { $"Cliente {i}", new string('n', 300) });
        var file = Sheets.Utf8Csv([["Nombre", "Notas"], .. padding, ["Mal\u0000o\u0007", null]]);
        file.Length.ShouldBeGreaterThan(8192);

        var import = await tenant.ImportNow(file, "nul.csv");

        import.GetProperty("created").GetInt32().ShouldBe(30);
        var error = import.GetProperty("errors").EnumerateArray().Single();
        (error.GetProperty("row").GetInt32(), error.GetProperty("value").GetString()).ShouldBe((32, "Malo"));
    }

    [Fact]
    public async Task A_request_that_is_not_a_form_or_has_no_file_is_a_400()
    {
        var tenant = await app.NewTenant();
        Detail(await Refused(tenant, await tenant.Post("/api/clients/imports", new { name = "x" }))).ShouldContain("multipart/form-data");
        Detail(await Refused(tenant, await tenant.Post("/api/clients/imports"))).ShouldContain("multipart/form-data");
        var noFile = await app.Host.Scenario(s =>
        {
            var form = new MultipartFormDataContent { { new StringContent("hola"), "otro" } };
            s.Post.MultipartFormData(form).ToUrl("/api/clients/imports");
            s.WithRequestHeader("Authorization", $"Bearer {tenant.ApiKey}");
            s.IgnoreStatusCode();
        });
        Detail(await Refused(tenant, noFile)).ShouldContain("No file");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("clave-1")]
    public async Task A_broken_multipart_body_is_a_400(string? idempotencyKey)
    {
        var tenant = await app.NewTenant();
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Text("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nNombre").ToUrl("/api/clients/imports");
            s.WithRequestHeader("Content-Type", "multipart/form-data; boundary=xyz");
            s.WithRequestHeader("Authorization", $"Bearer {tenant.ApiKey}");
            if (idempotencyKey is not null) s.WithRequestHeader("Idempotency-Key", idempotencyKey);
            s.IgnoreStatusCode();
        });

        Detail(await Refused(tenant, result)).ShouldContain("multipart");
    }

    [Fact]
    public async Task Text_that_Excel_would_run_as_a_formula_is_imported_as_plain_text()
    {
        var tenant = await app.NewTenant();
        var import = await tenant.ImportNow(Sheets.Utf8Csv(["Nombre", "Notas"], ["=HYPERLINK(\"http://x\")", "@SUM(1+1)"]), "f.csv");

        import.GetProperty("created").GetInt32().ShouldBe(1);
        var exported = Encoding.UTF8.GetString(await tenant.Download("/api/clients/export?format=csv"));
        exported.ShouldContain("\"'=HYPERLINK(\"\"http://x\"\")\"");
        exported.ShouldContain("'@SUM(1+1)");
    }

    private static readonly string LongTextValue = new('x', 40_000);
    private const string LongText = "{long}"; // replaced by LongTextValue: an attribute takes only constants

    private const string NameHeader = """<table:table-row><table:table-cell office:value-type="string"><text:p>Nombre</text:p></table:table-cell></table:table-row>""";

    [Theory]
    // One cell repeated a million times across: refused at the sheet's width, nothing built.
    [InlineData("""<table:table-row><table:table-cell office:value-type="string" table:number-columns-repeated="1000000"><text:p>x</text:p></table:table-cell></table:table-row>""", "wider than 1024 columns")]
    // One row repeated two billion times down: refused before a row is yielded.
    [InlineData("""<table:table-row table:number-rows-repeated="2000000000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>""", "rows past row 1048576")]
    // Within the sheet but past MaxRows (500 in tests): stopped at the limit.
    [InlineData("""<table:table-row table:number-rows-repeated="100000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>""", "more than 500 rows")]
    // One cell longer than Excel allows: its text is read in chunks and refused at the cap.
    [InlineData("""<table:table-row><table:table-cell office:value-type="string"><text:p>""" + LongText + "</text:p></table:table-cell></table:table-row>", "more than 32767 characters")]
    public async Task An_ods_whose_repeats_or_text_would_make_millions_of_cells_or_a_huge_cell_is_refused(string rows, string reason)
    {
        var tenant = await app.NewTenant();

        var result = await Refused(tenant, await tenant.Import(Sheets.Ods(NameHeader + rows.Replace(LongText, LongTextValue)), "bomba.ods"));

        Detail(result).ShouldContain(reason);
    }

    [Fact]
    public async Task An_ods_with_a_DTD_is_refused()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.Ods(NameHeader, """<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>""");

        Detail(await Refused(tenant, await tenant.Import(file, "dtd.ods"))).ShouldContain("declares a DTD");
    }
}
