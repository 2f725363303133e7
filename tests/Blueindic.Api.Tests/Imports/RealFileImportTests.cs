using System.Text.Json;
using Alba;
using Wolverine;
using Wolverine.Tracking;
using Blueindic.Api.Tests.Support;
using static Blueindic.Api.Tests.Support.Sheets;

namespace Blueindic.Api.Tests.Imports;

/// <summary>Files as users really have them: titles above the header, formatted numbers, LibreOffice's .ods.</summary>
[Collection(ApiCollection.Name)]
public sealed class RealFileImportTests(AppFixture app)
{
    private sealed record Imported(string Name, string? TaxId, string? PostalCode, string? City, string Country, int Terms, string? Notes);

    private static async Task<List<Imported>> Clients(TestTenant tenant) =>
        (await tenant.ListClients("?limit=100")).GetProperty("data").EnumerateArray()
        .Select(c => new Imported(
            c.GetProperty("name").GetString()!,
            c.GetProperty("taxId").GetString(),
            c.GetProperty("address").GetProperty("postalCode").GetString(),
            c.GetProperty("address").GetProperty("city").GetString(),
            c.GetProperty("address").GetProperty("country").GetString()!,
            c.GetProperty("paymentTermsDays").GetInt32(),
            c.GetProperty("notes").GetString()))
        .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.PostalCode, StringComparer.Ordinal).ToList();

    private static (int Row, string Column)[] Errors(JsonElement import) =>
        import.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!)).ToArray();

    [Fact]
    public async Task An_xlsx_with_title_rows_and_a_merged_cell_above_the_header_imports_and_says_which_row_was_the_header()
    {
        var tenant = await app.NewTenant();
        var file = StyledXlsx(["A1:G1"],
            ["Clientes de Muñoz Asesores — enero 2025"],
            ["Exportado por Ana", null, null, "Página 1"],
            [],
            ["Nombre", "NIF", "C.P.", "Población", "País", "Días de pago", "Observaciones"],
            ["Panadería Muñoz", "B12345674", new Formatted(8001, "00000"), "Barcelona", null, new Formatted(45, "0.00"), new Formatted(45658, "dd/mm/yyyy")],
            ["NIF malo", "B12345675", new Formatted(26001, "General"), "Logroño", "ES", 30, null],
            ["Atelier Dupont", null, 1000, "Bruxelles", "BE", new Formatted(30.4, "0"), "Paga por transferencia"]);

        var import = await tenant.ImportNow(file, "clientes.xlsx");

        import.GetProperty("headerRow").GetInt32().ShouldBe(4);
        import.GetProperty("totalRows").GetInt32().ShouldBe(3);
        import.GetProperty("created").GetInt32().ShouldBe(2);
        import.GetProperty("failed").GetInt32().ShouldBe(1);
        import.GetProperty("ignoredColumns").GetArrayLength().ShouldBe(0);
        Errors(import).ShouldBe([(6, "NIF")]);
        (await Clients(tenant)).ShouldBe([
            new("Atelier Dupont", null, "1000", "Bruxelles", "BE", 30, "Paga por transferencia"),
            new("Panadería Muñoz", "B12345674", "08001", "Barcelona", "ES", 45, "2025-01-01"),
        ]);
    }

    [Fact]
    public async Task Postal_codes_read_as_the_sheet_shows_them_and_a_Spanish_4_digit_number_gets_its_leading_zero()
    {
        var tenant = await app.NewTenant();
        var file = StyledXlsx([],
            ["Nombre", "CP", "País"],
            ["A formato 00000", new Formatted(8001, "00000"), null],
            ["B número sin formato", 8001, null],
            ["C número y España", new Formatted(8001, "General"), "España"],
            ["D francés en 00000", new Formatted(1000, "00000"), "FR"],
            ["E belga", 1000, "BE"],
            ["F texto", "08001", "ES"],
            ["G formato texto", new Formatted(26001, "@"), null]);

        var import = await tenant.ImportNow(file, "cp.xlsx");

        import.GetProperty("headerRow").GetInt32().ShouldBe(1);
        import.GetProperty("created").GetInt32().ShouldBe(7);
        (await Clients(tenant)).Select(c => (c.Name, c.PostalCode, c.Country)).ShouldBe([
            ("A formato 00000", "08001", "ES"),
            ("B número sin formato", "08001", "ES"),
            ("C número y España", "08001", "ES"),
            ("D francés en 00000", "01000", "FR"),
            ("E belga", "1000", "BE"),
            ("F texto", "08001", "ES"),
            ("G formato texto", "26001", "ES"),
        ]);

        // The padding is the import's reading of a number cell; the API still refuses the 4 digits it is sent.
        (await tenant.Post("/api/clients", new { name = "API", address = new { postalCode = "8001" } })).Status().ShouldBe(400);
    }

    private const string Blank1024 = """<table:table-cell table:number-columns-repeated="1024"/>""";

    private static string Text(string text, string extra = "") =>
        $"""<table:table-cell office:value-type="string"{extra}><text:p>{text}</text:p></table:table-cell>""";

    private static string Float(string value, string shown) =>
        $"""<table:table-cell office:value-type="float" office:value="{value}"><text:p>{shown}</text:p></table:table-cell>""";

    [Fact]
    public async Task An_ods_file_from_LibreOffice_imports_like_an_xlsx()
    {
        var tenant = await app.NewTenant();
        var file = Ods(
            // A title merged over three columns (the covered cells), then two blank rows as LibreOffice repeats them.
            $"""<table:table-row>{Text("Clientes 2025", " table:number-columns-spanned=\"3\"")}<table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell table:number-columns-repeated="1021"/></table:table-row>"""
            + $"""<table:table-row table:number-rows-repeated="2">{Blank1024}</table:table-row>"""
            + $"""<table:table-row>{Text("Nombre")}{Text("NIF")}{Text("C.P.")}{Text("Población")}{Text("Días de pago")}{Text("Observaciones")}<table:table-cell table:number-columns-repeated="1018"/></table:table-row>"""
            + $"""<table:table-row>{Text("Panadería Muñoz")}{Text("B12345674")}{Float("8001", "08001")}{Text("Barcelona")}{Float("45", "45")}<table:table-cell office:value-type="string"><text:p>Pide<text:s text:c="2"/>pan <text:span>los lunes</text:span></text:p></table:table-cell><table:table-cell table:number-columns-repeated="1018"/></table:table-row>"""
            + $"""<table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>Comentario: cliente desde 2019</text:p></office:annotation><text:p>Bar Pepe</text:p></table:table-cell>{Text("12345678Z")}{Float("26001", "26001")}{Text("Logroño")}{Float("30", "30,00")}<table:table-cell office:value-type="date" office:date-value="2025-01-01"><text:p>01/01/25</text:p></table:table-cell></table:table-row>"""
            + $"""<table:table-row table:number-rows-repeated="2">{Text("Gemelos")}<table:table-cell table:number-columns-repeated="1023"/></table:table-row>"""
            + $"""<table:table-row>{Text("NIF malo")}{Text("B12345675")}</table:table-row>"""
            // The sheet's unused rows, as LibreOffice writes them when a column has a style.
            + $"""<table:table-row table:number-rows-repeated="1048567">{Blank1024}</table:table-row>""");

        var import = await tenant.ImportNow(file, "clientes.ods");

        import.GetProperty("format").GetString().ShouldBe("ods");
        import.GetProperty("headerRow").GetInt32().ShouldBe(4);
        import.GetProperty("totalRows").GetInt32().ShouldBe(5);
        import.GetProperty("created").GetInt32().ShouldBe(4);
        Errors(import).ShouldBe([(9, "NIF")]);
        (await Clients(tenant)).ShouldBe([
            new("Bar Pepe", "12345678Z", "26001", "Logroño", "ES", 30, "2025-01-01"),
            new("Gemelos", null, null, null, "ES", 30, null),
            new("Gemelos", null, null, null, "ES", 30, null),
            new("Panadería Muñoz", "B12345674", "08001", "Barcelona", "ES", 45, "Pide  pan los lunes"),
        ]);
    }

    [Fact]
    public async Task A_large_file_with_a_title_row_is_read_from_its_header_in_the_background_too()
    {
        var tenant = await app.NewTenant();
        var count = AppFixture.Imports.InlineMaxRows + 5;
        // Two cells in the title row: MiniExcel takes the sheet's columns from its first row.
        var file = Xlsx([["Listado de clientes", null], [null, null], ["Nombre", "Email"], .. Enumerable.Range(1, count).Select(i => new object?[] { $"Cliente {i:000}", $"c{i}@ejemplo.es" })]);
        IScenarioResult accepted = null!;

        await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => accepted = await tenant.Import(file, "grande.xlsx")));

        accepted.Status().ShouldBe(202, accepted.ReadAsText());
        accepted.Json().GetProperty("headerRow").GetInt32().ShouldBe(3);
        var import = (await tenant.Get(accepted.Header("Location")!)).Json();
        import.GetProperty("status").GetString().ShouldBe("completed", import.ToString());
        import.GetProperty("created").GetInt32().ShouldBe(count, import.ToString());
        var first = (await tenant.ListClients("?search=Cliente%20001")).GetProperty("data")[0];
        first.GetProperty("email").GetString().ShouldBe("c1@ejemplo.es");
    }

    [Fact]
    public async Task The_OpenAPI_document_declares_the_header_row_and_the_ods_format()
    {
        var schemas = (await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null)).Json().GetProperty("components").GetProperty("schemas");

        var import = schemas.GetProperty("ClientImport").GetProperty("properties");
        import.GetProperty("headerRow").GetProperty("type").ToString().ShouldContain("integer");
        import.GetProperty("headerRow").GetProperty("description").GetString()!.ShouldContain("header");
        schemas.GetProperty("SheetFormat").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldContain("ods");
    }

    [Fact]
    public async Task A_file_without_a_name_header_in_its_first_20_rows_is_refused_saying_so()
    {
        var tenant = await app.NewTenant();
        var file = Utf8Csv([.. Enumerable.Range(1, 20).Select(i => new object?[] { $"Título {i}" }), ["Nombre"], ["Tarde"]]);

        var result = await tenant.Import(file, "tarde.csv");

        result.Status().ShouldBe(400, result.ReadAsText());
        result.Json().GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldBe(
            "No header row with a name column ('Nombre' or 'Name') among the first 20 rows; the first reads: Título 1.");
    }
}
