using System.Text.Json;
using Alba;
using Wolverine;
using Wolverine.Tracking;
using Blueindic.Api.Tests.Support;
using Blueindic.Api.Clients.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Imports;

[Collection(ApiCollection.Name)]
public sealed class ClientImportTests(AppFixture app)
{
    private static readonly object?[] SpanishHeader =
        ["Nombre", "Razón social", "NIF", "Correo electrónico", "Teléfono", "Dirección", "Población", "C.P.", "Provincia", "Días de pago", "Recargo de equivalencia", "Observaciones", "Comercial"];

    private static object?[] Row(string name, string? taxId, string? email = null, object? postalCode = null, object? terms = null, string? surcharge = null) =>
        [name, $"{name} S.L.", taxId, email, "600 123 456", "Calle Mayor 1", "Logroño", postalCode ?? "26001", "La Rioja", terms ?? 30, surcharge ?? "No", null, "Ana"];

    private static JsonElement[] Errors(JsonElement import) => import.GetProperty("errors").EnumerateArray().ToArray();

    [Fact]
    public async Task An_xlsx_with_Spanish_headers_imports_valid_rows_and_reports_the_others_by_spreadsheet_row()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.Xlsx(
            SpanishHeader,
            Row("Panadería Muñoz", "B12345674", "pedidos@munoz.es", 26002, 60, "Sí"),
            Row("Talleres Ebro", "12345678Z"),
            Row("Sin NIF", null),
            Row("NIF malo", "B12345675"),
            Row("Repetido", "b-12345674"),
            Row("Correo malo", "X1234567L", "no-es-correo"));

        var import = await tenant.ImportNow(file, "clientes.xlsx");

        import.GetProperty("status").GetString().ShouldBe("completed");
        import.GetProperty("format").GetString().ShouldBe("xlsx");
        import.GetProperty("totalRows").GetInt32().ShouldBe(6);
        import.GetProperty("processedRows").GetInt32().ShouldBe(6);
        import.GetProperty("created").GetInt32().ShouldBe(3);
        import.GetProperty("failed").GetInt32().ShouldBe(3);
        var errors = Errors(import);
        errors.Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ShouldBe(
            [(5, "NIF"), (6, "NIF"), (7, "Correo electrónico")]);
        errors[0].GetProperty("value").GetString().ShouldBe("B12345675");
        errors[1].GetProperty("message").GetString()!.ShouldContain("row 2");
        import.GetProperty("ignoredColumns")[0].GetProperty("column").GetString().ShouldBe("Comercial");

        var clients = (await tenant.ListClients("?search=munoz")).GetProperty("data").EnumerateArray().ToArray();
        clients.Length.ShouldBe(1);
        var munoz = clients[0];
        munoz.GetProperty("name").GetString().ShouldBe("Panadería Muñoz");
        munoz.GetProperty("taxId").GetString().ShouldBe("B12345674");
        munoz.GetProperty("paymentTermsDays").GetInt32().ShouldBe(60);
        munoz.GetProperty("equivalenceSurcharge").GetBoolean().ShouldBeTrue();
        munoz.GetProperty("address").GetProperty("postalCode").GetString().ShouldBe("26002");

        var history = await tenant.History(munoz.GetProperty("id").GetGuid());
        history.Single().GetProperty("type").GetString().ShouldBe("ClientRegistered");
        history[0].GetProperty("causationId").GetString().ShouldBe($"client-import/{import.GetProperty("id").GetGuid()}");
        history[0].GetProperty("user").GetString().ShouldBe($"key:{tenant.KeyId}");

        var record = await tenant.Get($"/api/clients/imports/{import.GetProperty("id").GetGuid()}");
        record.Json().GetProperty("created").GetInt32().ShouldBe(3);
        record.Json().GetProperty("startedBy").GetString().ShouldBe($"key:{tenant.KeyId}");
    }

    [Fact]
    public async Task An_xls_with_English_headers_imports()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.Xls(
            ["Name", "Company", "VAT", "E-mail", "Phone", "Address", "City", "ZIP", "Province", "Country", "Payment terms", "Equivalence surcharge", "Notes"],
            ["Atelier Dupont", "Dupont SARL", "FR40303265045", "compta@dupont.fr", "+33 1 23 45 67 89", "1 rue de la Paix", "Paris", "75002", null, "FR", 45, "no", "Pays en 45 jours"],
            ["Bar Pepe", null, "12345678Z", null, 941234567, null, null, 26001, null, "España", null, "yes", null]);

        var import = await tenant.ImportNow(file, "clients.xls");

        import.GetProperty("format").GetString().ShouldBe("xls");
        import.GetProperty("created").GetInt32().ShouldBe(2, import.ToString());
        var clients = (await tenant.ListClients()).GetProperty("data").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        clients["Atelier Dupont"].GetProperty("address").GetProperty("country").GetString().ShouldBe("FR");
        clients["Atelier Dupont"].GetProperty("paymentTermsDays").GetInt32().ShouldBe(45);
        clients["Bar Pepe"].GetProperty("phone").GetString().ShouldBe("941234567");
        clients["Bar Pepe"].GetProperty("equivalenceSurcharge").GetBoolean().ShouldBeTrue();
        clients["Bar Pepe"].GetProperty("address").GetProperty("country").GetString().ShouldBe("ES");
    }

    [Fact]
    public async Task Spanish_Excel_csv_in_Windows_1252_with_semicolons_keeps_its_accents()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.SpanishExcelCsv(["NOMBRE", "N.I.F.", "POBLACIÓN", "NOTAS"], ["Peñalver Ibáñez", "12345678Z", "Logroño", "Pago; por transferencia"]);

        var import = await tenant.ImportNow(file, "clientes.csv");

        import.GetProperty("format").GetString().ShouldBe("csv");
        import.GetProperty("created").GetInt32().ShouldBe(1, import.ToString());
        var client = (await tenant.ListClients()).GetProperty("data")[0];
        client.GetProperty("name").GetString().ShouldBe("Peñalver Ibáñez");
        client.GetProperty("address").GetProperty("city").GetString().ShouldBe("Logroño");
        client.GetProperty("notes").GetString().ShouldBe("Pago; por transferencia");
    }

    [Fact]
    public async Task Utf8_csv_with_BOM_and_commas_reads_quoted_fields_and_counts_blank_lines_as_rows()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.Utf8Csv(["Nombre", "NIF", "Notas"], ["Café Ñandú", "B12345674", "Cliente \"VIP\", desde 2020"], [null], ["", "12345678Z", ""]);

        var import = await tenant.ImportNow(file, "clientes.csv");

        import.GetProperty("created").GetInt32().ShouldBe(1, import.ToString());
        var error = Errors(import).Single();
        (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()).ShouldBe((4, "Nombre"));
        var client = (await tenant.ListClients()).GetProperty("data")[0];
        client.GetProperty("name").GetString().ShouldBe("Café Ñandú");
        client.GetProperty("notes").GetString().ShouldBe("Cliente \"VIP\", desde 2020");
    }

    [Fact]
    public async Task EU_VAT_numbers_in_an_import_are_checked_by_their_check_digits()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.Utf8Csv(["Nombre", "VAT"],
            ["Dupont SARL", "FR 40 303 265 045"], ["Müller GmbH", "DE 123 456 789"], ["Brussels NV", "BE 428.759.497"]);

        var import = await tenant.ImportNow(file, "clientes.csv");

        import.GetProperty("created").GetInt32().ShouldBe(2, import.ToString());
        var error = Errors(import).Single();
        (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()).ShouldBe((3, "VAT"));
        error.GetProperty("message").GetString()!.ShouldContain("DE VAT number: its check digits do not match");
        var taxIds = (await tenant.ListClients()).GetProperty("data").EnumerateArray().Select(c => c.GetProperty("taxId").GetString());
        taxIds.Order().ShouldBe(["BE0428759497", "FR40303265045"]);
    }

    [Fact]
    public async Task A_one_column_csv_keeps_commas_inside_names()
    {
        var tenant = await app.NewTenant();
        var import = await tenant.ImportNow(System.Text.Encoding.UTF8.GetBytes("Nombre\nGarcía, Juan\n"), "nombres.csv");

        import.GetProperty("created").GetInt32().ShouldBe(1);
        (await tenant.ListClients()).GetProperty("data")[0].GetProperty("name").GetString().ShouldBe("García, Juan");
    }

    [Fact]
    public async Task Upsert_updates_only_the_columns_the_file_has_and_a_second_import_changes_nothing()
    {
        var tenant = await app.NewTenant();
        var existing = await tenant.RegisterClient(new { name = "Talleres Ebro", taxId = "12345678Z", phone = "941000000", notes = "Buen pagador" });
        var id = existing.GetProperty("id").GetGuid();
        var file = Sheets.Xlsx(["Nombre", "NIF", "Email"], ["Talleres Ebro", "12345678-z", "admin@ebro.es"], ["Nuevo", "B12345674", null]);

        var first = await tenant.ImportNow(file, "clientes.xlsx");
        var second = await tenant.ImportNow(file, "clientes.xlsx");

        (first.GetProperty("created").GetInt32(), first.GetProperty("updated").GetInt32(), first.GetProperty("unchanged").GetInt32()).ShouldBe((1, 1, 0));
        (second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32()).ShouldBe((0, 0, 2));
        second.GetProperty("message").GetString()!.ShouldStartWith("Nothing changed");
        var history = await tenant.History(id);
        history.Select(h => h.GetProperty("type").GetString()).ShouldBe(["ClientRegistered", "ClientDetailsChanged"]);
        var change = history[1].GetProperty("data");
        change.GetProperty("email").GetString().ShouldBe("admin@ebro.es");
        change.GetProperty("phone").ValueKind.ShouldBe(JsonValueKind.Null);
        var client = (await tenant.Get($"/api/clients/{id}")).Json();
        client.GetProperty("phone").GetString().ShouldBe("941000000");
        client.GetProperty("notes").GetString().ShouldBe("Buen pagador");
    }

    [Fact]
    public async Task A_row_with_the_id_column_updates_that_client_even_with_a_new_tax_id_and_unknown_ids_are_refused()
    {
        var tenant = await app.NewTenant();
        var id = (await tenant.RegisterClient(new { name = "Ebro", taxId = "12345678Z" })).GetProperty("id").GetGuid();
        var other = (await tenant.RegisterClient(new { name = "Otro", taxId = "B12345674" })).GetProperty("id").GetGuid();
        var file = Sheets.Xlsx(["Id", "Nombre", "NIF"],
            [id.ToString(), "Ebro Renombrado", "X1234567L"],
            [Guid.NewGuid().ToString(), "Fantasma", null],
            ["no-es-un-id", "Roto", null],
            [other.ToString(), "Otro", "X1234567L"]);

        var import = await tenant.ImportNow(file, "clientes.xlsx");

        import.GetProperty("updated").GetInt32().ShouldBe(1);
        import.GetProperty("created").GetInt32().ShouldBe(0);
        Errors(import).Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ShouldBe([(3, "Id"), (4, "Id"), (5, "NIF")]);
        var client = (await tenant.Get($"/api/clients/{id}")).Json();
        client.GetProperty("name").GetString().ShouldBe("Ebro Renombrado");
        client.GetProperty("taxId").GetString().ShouldBe("X1234567L");
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_appends_nothing()
    {
        var tenant = await app.NewTenant();
        var id = (await tenant.RegisterClient(new { name = "Ebro", taxId = "12345678Z" })).GetProperty("id").GetGuid();
        var file = Sheets.Xlsx(["Nombre", "NIF"], ["Ebro SL", "12345678Z"], ["Nuevo", null], ["", "B12345674"]);

        var import = await tenant.ImportNow(file, "clientes.xlsx", "?dryRun=true");

        import.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        (import.GetProperty("created").GetInt32(), import.GetProperty("updated").GetInt32(), import.GetProperty("failed").GetInt32()).ShouldBe((1, 1, 1));
        import.GetProperty("message").GetString()!.ShouldContain("would be created");
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(1);
        (await tenant.History(id)).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Create_only_leaves_matching_clients_alone()
    {
        var tenant = await app.NewTenant();
        var id = (await tenant.RegisterClient(new { name = "Ebro", taxId = "12345678Z" })).GetProperty("id").GetGuid();
        var file = Sheets.Xlsx(["Nombre", "NIF"], ["Ebro Cambiado", "12345678Z"], ["Nuevo", "B12345674"]);

        var import = await tenant.ImportNow(file, "clientes.xlsx", "?mode=createOnly");

        (import.GetProperty("created").GetInt32(), import.GetProperty("unchanged").GetInt32()).ShouldBe((1, 1));
        (await tenant.Get($"/api/clients/{id}")).Json().GetProperty("name").GetString().ShouldBe("Ebro");
    }

    [Fact]
    public async Task Editing_an_archived_client_through_the_file_is_refused_for_that_row_but_an_unchanged_one_passes()
    {
        var tenant = await app.NewTenant();
        var id = (await tenant.RegisterClient(new { name = "Ebro", taxId = "12345678Z" })).GetProperty("id").GetGuid();
        (await tenant.Post($"/api/clients/{id}/archive")).Status().ShouldBe(200);

        var same = await tenant.ImportNow(Sheets.Xlsx(["Nombre", "NIF"], ["Ebro", "12345678Z"]), "a.xlsx");
        var changed = await tenant.ImportNow(Sheets.Xlsx(["Nombre", "NIF"], ["Ebro 2", "12345678Z"]), "b.xlsx");

        same.GetProperty("unchanged").GetInt32().ShouldBe(1);
        Errors(changed).Single().GetProperty("message").GetString()!.ShouldContain("archived");
    }

    [Fact]
    public async Task A_large_file_is_imported_in_the_background_and_its_progress_can_be_followed()
    {
        var tenant = await app.NewTenant();
        var rows = Enumerable.Range(1, AppFixture.Imports.InlineMaxRows + 25).Select(i => new object?[] { $"Cliente {i:000}", $"c{i}@ejemplo.es" });
        var file = Sheets.Xlsx([["Nombre", "Email"], .. rows]);
        IScenarioResult accepted = null!;

        await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => accepted = await tenant.Import(file, "grande.xlsx")));

        accepted.Status().ShouldBe(202, accepted.ReadAsText());
        var location = accepted.Header("Location")!;
        accepted.Json().GetProperty("status").GetString().ShouldBe("running");
        var import = (await tenant.Get(location)).Json();
        import.GetProperty("status").GetString().ShouldBe("completed", import.ToString());
        import.GetProperty("processedRows").GetInt32().ShouldBe(AppFixture.Imports.InlineMaxRows + 25);
        import.GetProperty("created").GetInt32().ShouldBe(AppFixture.Imports.InlineMaxRows + 25);
        import.GetProperty("finishedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await tenant.ListClients("?limit=100")).GetProperty("data").GetArrayLength().ShouldBe(AppFixture.Imports.InlineMaxRows + 25);
    }

    [Fact]
    public async Task A_retried_upload_with_the_same_idempotency_key_gets_the_first_answer()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.Xlsx(["Nombre"], ["Sin NIF"]);

        var first = await tenant.Import(file, "a.xlsx", idempotencyKey: "subida-1");
        var retry = await tenant.Import(file, "a.xlsx", idempotencyKey: "subida-1");

        retry.Status().ShouldBe(200);
        retry.Header("Idempotent-Replayed").ShouldBe("true");
        retry.Json().GetProperty("id").GetGuid().ShouldBe(first.Json().GetProperty("id").GetGuid());
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Another_business_cannot_see_an_import()
    {
        var tenant = await app.NewTenant();
        var stranger = await app.NewTenant();
        var import = await tenant.ImportNow(Sheets.Xlsx(["Nombre"], ["Uno"]), "a.xlsx");

        (await stranger.Get($"/api/clients/imports/{import.GetProperty("id").GetGuid()}")).Status().ShouldBe(404);
    }

    private ImportSlots Slots => app.Host.Services.GetRequiredService<ImportSlots>();

    /// <summary>A slot taken as an import would take it, waiting (bounded) for one an earlier test's import may still hold.</summary>
    private Task<IDisposable> Take(string tenantId) => Slots.EnterAsync(tenantId, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

    // The test holds slots itself, as an import half-way through would.
    [Fact]
    public async Task A_second_import_of_a_business_while_one_runs_is_a_429_that_frees_its_idempotency_key()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.Xlsx(["Nombre"], ["Uno"]);

        IScenarioResult refused;
        using (await Take(tenant.TenantId.ToString()))
            refused = await tenant.Import(file, "a.xlsx", idempotencyKey: "ocupado-1");
        var retry = await tenant.Import(file, "a.xlsx", idempotencyKey: "ocupado-1");

        refused.Status().ShouldBe(429, refused.ReadAsText());
        refused.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
        refused.Header("Retry-After").ShouldBe("5");
        refused.Json().GetProperty("detail").GetString()!.ShouldContain("MaxConcurrentPerBusiness");
        retry.Status().ShouldBe(200, retry.ReadAsText());
        retry.Header("Idempotent-Replayed").ShouldBeNull();
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Past_the_servers_limit_another_business_gets_429_until_a_slot_frees()
    {
        var tenant = await app.NewTenant();
        var file = Sheets.Xlsx(["Nombre"], ["Uno"]);
        IScenarioResult refused, taken;
        using (await Take(Guid.NewGuid().ToString()))
        {
            using (await Take(Guid.NewGuid().ToString()))
                refused = await tenant.Import(file, "a.xlsx");
            taken = await tenant.Import(file, "a.xlsx");
        }

        refused.Status().ShouldBe(429, refused.ReadAsText());
        taken.Status().ShouldBe(200, taken.ReadAsText());
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_background_import_waits_in_its_queue_for_a_slot()
    {
        var tenant = await app.NewTenant();
        var path = Path.GetTempFileName();
        bool waited, keptWhileWaiting;
        var before = Slots.Waiting;
        using (await Take(tenant.TenantId.ToString()))
        {
            // A message as the endpoint publishes it, for an import the handler will find missing: it deletes the file once it has a slot.
            await app.Host.MessageBus().PublishAsync(new RunClientImport(Guid.NewGuid(), tenant.TenantId.ToString(), path));
            waited = await Until(() => Slots.Waiting == before + 1);
            keptWhileWaiting = File.Exists(path);
        }
        var ran = await Until(() => !File.Exists(path));

        waited.ShouldBeTrue("the handler never waited for a slot");
        keptWhileWaiting.ShouldBeTrue();
        ran.ShouldBeTrue("the handler did not run once the slot was free");
        Slots.Waiting.ShouldBe(before);
    }

    /// <summary>A bounded wait for a condition, checked every 20 ms.</summary>
    private static async Task<bool> Until(Func<bool> condition)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        var bound = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
            if (DateTime.UtcNow > bound || !await timer.WaitForNextTickAsync()) return false;
        return true;
    }
}
