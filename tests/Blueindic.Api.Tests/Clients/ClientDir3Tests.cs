using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Clients;

/// <summary>A public administration's DIR3 codes: through the API, history, export and import.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClientDir3Tests(AppFixture app)
{
    private static readonly object TownHall = new { accountingOffice = "L01281487", managementBody = "E04921501", processingUnit = "GE0000549" };

    private static (string?, string?, string?) Codes(JsonElement client) => client.GetProperty("dir3") is { ValueKind: JsonValueKind.Object } d
        ? (d.GetProperty("accountingOffice").GetString(), d.GetProperty("managementBody").GetString(), d.GetProperty("processingUnit").GetString())
        : (null, null, null);

    [Fact]
    public async Task A_client_has_no_DIR3_codes_unless_given_all_three_which_are_stored_upper_case()
    {
        var tenant = await app.NewTenant();
        (await tenant.RegisterClient(new { name = "Ana" })).GetProperty("dir3").ValueKind.ShouldBe(JsonValueKind.Null);

        var created = await tenant.RegisterClient(new
        {
            name = "Ayuntamiento", taxId = "P2807900B",
            dir3 = new { accountingOffice = "l01281487", managementBody = " E04921501 ", processingUnit = "GE0000549" },
        });
        Codes(created).ShouldBe(("L01281487", "E04921501", "GE0000549"));
        Codes((await tenant.Get($"/api/clients/{created.GetProperty("id").GetGuid()}")).Json()).ShouldBe(("L01281487", "E04921501", "GE0000549"));
    }

    [Fact]
    public async Task Codes_of_another_shape_or_some_without_the_others_are_refused_on_their_fields_and_nothing_is_recorded()
    {
        var tenant = await app.NewTenant();
        (await tenant.Post("/api/clients", new { name = "Ayto.", dir3 = new { accountingOffice = "L0128148", managementBody = "E04921501", processingUnit = "GE-000549" } }))
            .ErrorFields().ShouldBe(["dir3.accountingOffice", "dir3.processingUnit"], ignoreOrder: true);
        var missing = await tenant.Post("/api/clients", new { name = "Ayto.", dir3 = new { accountingOffice = "L01281487" } });
        missing.Status().ShouldBe(400);
        missing.ErrorFields().ShouldBe(["dir3.managementBody", "dir3.processingUnit"], ignoreOrder: true);

        var id = await tenant.NewClient("Diputación");
        (await tenant.Put($"/api/clients/{id}", new { name = "Diputación", dir3 = new { processingUnit = "GE0000549" } }))
            .ErrorFields().ShouldBe(["dir3.accountingOffice", "dir3.managementBody"], ignoreOrder: true);
        (await tenant.History(id)).Length.ShouldBe(1);
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task An_edit_records_the_codes_when_they_change_and_a_replacement_without_them_clears_them()
    {
        var tenant = await app.NewTenant();
        var id = await tenant.NewClient("Ayuntamiento");
        var set = await tenant.Put($"/api/clients/{id}", new { name = "Ayuntamiento", dir3 = TownHall });
        set.Status().ShouldBe(200, set.ReadAsText());
        (await tenant.Put($"/api/clients/{id}", new { name = "Ayuntamiento", dir3 = TownHall })).Json().GetProperty("version").GetInt64().ShouldBe(2);

        var cleared = (await tenant.Put($"/api/clients/{id}", new { name = "Ayuntamiento" })).Json();
        (cleared.GetProperty("dir3").ValueKind, cleared.GetProperty("version").GetInt64()).ShouldBe((JsonValueKind.Null, 3L));

        var history = await tenant.History(id);
        history.Select(h => h.GetProperty("type").GetString()).ShouldBe(["ClientRegistered", "ClientDetailsChanged", "ClientDetailsChanged"]);
        Codes(history[1].GetProperty("data")).ShouldBe(("L01281487", "E04921501", "GE0000549"));
        history[2].GetProperty("data").GetProperty("cleared").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Dir3"]);
    }

    [Fact]
    public async Task The_export_writes_them_and_the_import_reads_all_three_or_none()
    {
        var tenant = await app.NewTenant();
        await tenant.RegisterClient(new { name = "Ayuntamiento", taxId = "P2807900B", dir3 = TownHall });
        var rows = Sheets.ReadExcel(await tenant.Download("/api/clients/export"));
        var columns = new[] { "Oficina contable", "Órgano gestor", "Unidad tramitadora" }.Select(h => Array.IndexOf(rows[0], h)).ToArray();
        columns.ShouldAllBe(c => c >= 0);
        columns.Select(c => rows[1][c]).ShouldBe(["L01281487", "E04921501", "GE0000549"]);

        var other = await app.NewTenant();
        var file = Sheets.Xlsx(
            ["Nombre", "NIF", "Oficina contable", "Órgano gestor", "Unidad tramitadora"],
            ["Ayuntamiento", "P2807900B", "l01281487", "E04921501", "GE0000549"],
            ["Bodegas Ebro", null, null, null, null],
            ["Diputación", null, "L01281487", null, null],
            ["Consorcio", null, "L01281487", "E0492150", "GE0000549"]);
        var import = await other.ImportNow(file, "clientes.xlsx");
        import.GetProperty("created").GetInt32().ShouldBe(2);
        import.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))
            .ShouldBe([(4, "Órgano gestor"), (4, "Unidad tramitadora"), (5, "Órgano gestor")], ignoreOrder: true);
        var clients = (await other.ListClients()).GetProperty("data").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, Codes);
        clients["Ayuntamiento"].ShouldBe(("L01281487", "E04921501", "GE0000549"));
        clients["Bodegas Ebro"].ShouldBe((null, null, null));

        // A file without the columns leaves the codes as they are.
        var again = await other.ImportNow(Sheets.Xlsx(["Nombre", "NIF", "Notas"], ["Ayuntamiento", "P2807900B", "Pago a 30 días"]), "notas.xlsx");
        again.GetProperty("updated").GetInt32().ShouldBe(1, again.ToString());
        Codes((await other.ListClients("?search=ayuntamiento")).GetProperty("data")[0]).ShouldBe(("L01281487", "E04921501", "GE0000549"));
    }
}
