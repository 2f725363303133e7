using System.Text;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Imports;

[Collection(ApiCollection.Name)]
public sealed class ExportTests(AppFixture app)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<TestTenant> TenantWithTrickyClients(AppFixture app)
    {
        var tenant = await app.NewTenant();
        await tenant.RegisterClient(new
        {
            name = "Muñoz & Hijos", legalName = "Muñoz e Hijos, S.L.", taxId = "B12345674", email = "admin@munoz.es", phone = "+34 600 123 456",
            address = new { line1 = "C/ Mayor; 3", city = "Logroño", postalCode = "06001", province = "La Rioja" },
            paymentTermsDays = 45, equivalenceSurcharge = true, notes = "=cobrar \"siempre\"; en dos plazos",
        });
        await tenant.RegisterClient(new { name = "-Guion", notes = "'=ya escapado", address = new { country = "FR" } });
        await tenant.RegisterClient(new { name = "=Pérez+Sanz", legalName = "@Pérez", phone = "+34 911 222 333", notes = "''+dos apóstrofos" });
        var archived = await tenant.NewClient("Archivado");
        (await tenant.Post($"/api/clients/{archived}/archive")).Status().ShouldBe(200);
        return tenant;
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task Exported_clients_import_back_with_no_change(string format)
    {
        var tenant = await TenantWithTrickyClients(app);

        var file = await tenant.Download($"/api/clients/export?format={format}");
        var import = await tenant.ImportNow(file, $"clientes.{format}");

        import.GetProperty("unchanged").GetInt32().ShouldBe(4, import.ToString());
        (import.GetProperty("created").GetInt32(), import.GetProperty("updated").GetInt32(), import.GetProperty("failed").GetInt32()).ShouldBe((0, 0, 0));
        import.GetProperty("ignoredColumns").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_client_xlsx_has_Spanish_headers_ids_and_text_as_it_is()
    {
        var tenant = await TenantWithTrickyClients(app);

        var response = await tenant.Get("/api/clients/export");
        response.Context.Response.ContentType.ShouldBe(Xlsx);
        response.Header("Content-Disposition")!.ShouldContain("clientes.xlsx");
        var rows = Sheets.ReadExcel(await tenant.Download("/api/clients/export"));

        rows[0].Take(4).ShouldBe(["Id", "Nombre", "Razón social", "NIF"]);
        rows.Count.ShouldBe(5);
        var guion = rows.Single(r => (string?)r[1] == "-Guion");
        Guid.TryParse((string)guion[0]!, out _).ShouldBeTrue();
        // An .xlsx text cell is never a formula: no apostrophe, except one more before a text that
        // itself starts with an apostrophe and a formula character (the import takes one off again).
        guion[13].ShouldBe("''=ya escapado");
        var munoz = rows.Single(r => (string?)r[1] == "Muñoz & Hijos");
        munoz[5].ShouldBe("+34 600 123 456");
        munoz[8].ShouldBe("06001");
        munoz[11].ShouldBe(45d);
        munoz[12].ShouldBe("Sí");
        munoz[13].ShouldBe("=cobrar \"siempre\"; en dos plazos");
        var perez = rows.Single(r => (string?)r[1] == "=Pérez+Sanz");
        (perez[2], perez[5], perez[13]).ShouldBe(("@Pérez", "+34 911 222 333", "'''+dos apóstrofos"));
        (munoz[14], munoz[15]).ShouldBe(("es", "Sí"));
        (munoz[16], munoz[17], munoz[18]).ShouldBe((null, null, null));
        rows.Single(r => (string?)r[1] == "Archivado")[19].ShouldBe("Sí");
    }

    [Fact]
    public async Task The_client_csv_neutralises_text_a_spreadsheet_would_run_as_a_formula()
    {
        var tenant = await TenantWithTrickyClients(app);

        var csv = Encoding.UTF8.GetString((await tenant.Download("/api/clients/export?format=csv"))[3..]);

        csv.ShouldContain(";'+34 600 123 456;");
        csv.ShouldContain(";'-Guion;");
        csv.ShouldContain(";'=Pérez+Sanz;'@Pérez;");
        csv.ShouldContain(";\"'=cobrar \"\"siempre\"\"; en dos plazos\";");
        csv.ShouldContain(";''=ya escapado;");
        csv.ShouldContain(";Muñoz & Hijos;Muñoz e Hijos, S.L.;");
    }

    [Fact]
    public async Task The_invoice_export_writes_dates_as_dates_and_amounts_as_numbers_and_csv_the_Spanish_way()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient("Cliente Uno");
        await tenant.IssueSimpleInvoice(client, "2026-03-01", "2026-03-31");
        var second = await tenant.IssueSimpleInvoice(client, "2026-05-10", "2026-06-09");
        (await tenant.Post($"/api/invoices/{second.GetProperty("id").GetGuid()}/payments", new { amount = 21.5m, date = "2026-06-01" })).Status().ShouldBe(200);

        var rows = Sheets.ReadExcel(await tenant.Download("/api/invoices/export?from=2026-05-01&to=2026-06-30"));
        rows.Count.ShouldBe(2);
        rows[0][0].ShouldBe("Número");
        rows[1][1].ShouldBe(new DateTime(2026, 5, 10));
        rows[1][9].ShouldBe(121d);
        rows[1][11].ShouldBe(21.5d);
        rows[1][13].ShouldBe(99.5d);
        rows[1][14].ShouldBe("Cobrada en parte");

        var csv = await tenant.Download("/api/invoices/export?format=csv");
        csv.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[0].ShouldStartWith("Número;Fecha;Vencimiento;Cliente");
        lines[2].ShouldContain(";10/05/2026;09/06/2026;Cliente Uno;");
        lines[2].ShouldContain(";121,00;");
        lines[2].ShouldContain(";99,50;Cobrada en parte;");
        (await tenant.Get("/api/invoices/export?from=2026-06-01&to=2026-05-01")).ErrorFields().ShouldBe(["from"]);
    }

    [Fact]
    public async Task The_receivables_export_lists_what_is_still_due_with_its_level()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient("Deudor");
        await tenant.IssueSimpleInvoice(client, "2026-04-01", "2026-05-01");
        await tenant.IssueSimpleInvoice(client, "2026-06-01", "2026-06-20");
        var paid = await tenant.IssueSimpleInvoice(client, "2026-06-02", "2026-07-02");
        (await tenant.Post($"/api/invoices/{paid.GetProperty("id").GetGuid()}/payments")).Status().ShouldBe(200);

        var rows = Sheets.ReadExcel(await tenant.Download("/api/receivables/export"));

        rows.Count.ShouldBe(3);
        rows.Skip(1).Select(r => ((string?)r[6], (double?)r[4])).ShouldBe([("Vencida", 45d), ("Vence pronto", 0d)]);
        rows[1][3].ShouldBe(new DateTime(2026, 5, 1));
        var red = Sheets.ReadExcel(await tenant.Download("/api/receivables/export?level=red"));
        red.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task The_template_is_an_empty_sheet_with_the_Spanish_headers_the_import_reads(string format)
    {
        var tenant = await app.NewTenant();
        var file = await tenant.Download($"/api/clients/imports/template?format={format}");

        string[] headers = format == "csv"
            ? Encoding.UTF8.GetString(file[3..]).TrimEnd().Split(';')
            : Sheets.ReadExcel(file).Single().Select(c => (string)c!).ToArray();
        headers.ShouldBe(["Nombre", "Razón social", "NIF", "Email", "Teléfono", "Dirección", "Población", "Código postal", "Provincia", "País",
            "Días de pago", "Recargo de equivalencia", "Notas", "Idioma", "Recordatorios",
            "Oficina contable", "Órgano gestor", "Unidad tramitadora"]);
        var import = await tenant.ImportNow(file, $"plantilla.{format}");
        import.GetProperty("totalRows").GetInt32().ShouldBe(0);
    }
}
