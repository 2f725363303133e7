using System.Text.Json;
using Blueindic.Api.Tests.Support;

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
}
