using System.Text;
using System.Text.Json.Nodes;
using Blueindic.Api.Tests.Support;
using Blueindic.Projections.Clients;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Clients;

/// <summary>The client's mail language and whether payment reminders go to it: through the API, history, export and import.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClientMailPreferencesTests(AppFixture app)
{
    [Fact]
    public async Task A_client_is_written_to_in_Spanish_and_reminded_unless_it_says_otherwise()
    {
        var tenant = await app.NewTenant();
        var plain = await tenant.RegisterClient(new { name = "Ana" });
        (plain.GetProperty("language").GetString(), plain.GetProperty("reminders").GetBoolean()).ShouldBe(("es", true));

        var english = await tenant.RegisterClient(new { name = "Acme Ltd", language = "en", reminders = false });
        (english.GetProperty("language").GetString(), english.GetProperty("reminders").GetBoolean()).ShouldBe(("en", false));
        var id = english.GetProperty("id").GetGuid();
        var read = (await tenant.Get($"/api/clients/{id}")).Json();
        (read.GetProperty("language").GetString(), read.GetProperty("reminders").GetBoolean()).ShouldBe(("en", false));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("EN")]
    [InlineData("")]
    [InlineData("english")]
    public async Task Any_language_but_es_or_en_is_refused_on_its_field_and_nothing_is_recorded(string language)
    {
        var tenant = await app.NewTenant();
        (await tenant.Post("/api/clients", new { name = "Ana", language })).ErrorFields().ShouldBe(["language"]);
        var id = await tenant.NewClient("Bea");
        (await tenant.Put($"/api/clients/{id}", new { name = "Bea", language })).ErrorFields().ShouldBe(["language"]);
        (await tenant.History(id)).Length.ShouldBe(1);
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task An_edit_records_only_the_preferences_that_changed_and_a_replacement_without_them_restores_the_defaults()
    {
        var tenant = await app.NewTenant();
        var id = await tenant.NewClient("Acme");

        var edited = await tenant.Put($"/api/clients/{id}", new { name = "Acme", language = "en", reminders = false });
        edited.Status().ShouldBe(200, edited.ReadAsText());
        (await tenant.Put($"/api/clients/{id}", new { name = "Acme", language = "en", reminders = false })).Json()
            .GetProperty("version").GetInt64().ShouldBe(2);

        var history = await tenant.History(id);
        history.Select(h => h.GetProperty("type").GetString()).ShouldBe(["ClientRegistered", "ClientDetailsChanged"]);
        var change = history[1].GetProperty("data");
        (change.GetProperty("language").GetString(), change.GetProperty("reminders").GetBoolean()).ShouldBe(("en", false));
        change.GetProperty("name").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        // PUT replaces the details whole: left out, they are back to Spanish and reminders on.
        var reset = (await tenant.Put($"/api/clients/{id}", new { name = "Acme" })).Json();
        (reset.GetProperty("language").GetString(), reset.GetProperty("reminders").GetBoolean(), reset.GetProperty("version").GetInt64())
            .ShouldBe(("es", true, 3L));
    }

    [Fact]
    public async Task The_export_writes_them_and_the_import_reads_them_back_with_defaults_for_missing_cells_and_columns()
    {
        var tenant = await app.NewTenant();
        (await tenant.RegisterClient(new { name = "Acme Ltd", language = "en", reminders = false })).GetProperty("id").GetGuid();
        var rows = Sheets.ReadExcel(await tenant.Download("/api/clients/export"));
        var (language, reminders) = (Array.IndexOf(rows[0], "Idioma"), Array.IndexOf(rows[0], "Recordatorios"));
        (rows[1][language], rows[1][reminders]).ShouldBe(("en", "No"));

        var other = await app.NewTenant();
        var file = Sheets.Xlsx(
            ["Nombre", "NIF", "Idioma", "Recordatorios"],
            ["Acme Ltd", "12345678Z", "English", "No"],
            ["Bodegas Ebro", null, null, null],
            ["Casa Lis", null, "inglés", "sí"],
            ["Mal idioma", null, "fr", "quizá"]);
        var import = await other.ImportNow(file, "clientes.xlsx");
        import.GetProperty("created").GetInt32().ShouldBe(3);
        import.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))
            .ShouldBe([(5, "Recordatorios"), (5, "Idioma")], ignoreOrder: true);
        var clients = (await other.ListClients()).GetProperty("data").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => (c.GetProperty("language").GetString(), c.GetProperty("reminders").GetBoolean()));
        clients["Acme Ltd"].ShouldBe(("en", false));
        clients["Bodegas Ebro"].ShouldBe(("es", true));
        clients["Casa Lis"].ShouldBe(("en", true));

        // A file without the columns leaves an existing client's preferences as they are.
        var again = await other.ImportNow(Sheets.Xlsx(["Nombre", "NIF", "Notas"], ["Acme Ltd", "12345678Z", "Cliente inglés"]), "notas.xlsx");
        again.GetProperty("updated").GetInt32().ShouldBe(1, again.ToString());
        var acme = (await other.ListClients("?search=acme")).GetProperty("data")[0];
        (acme.GetProperty("language").GetString(), acme.GetProperty("reminders").GetBoolean(), acme.GetProperty("notes").GetString())
            .ShouldBe(("en", false, "Cliente inglés"));
    }

    [Fact]
    public async Task A_client_view_stored_before_the_fields_existed_reads_as_Spanish_with_reminders_on()
    {
        var tenant = await app.NewTenant();
        var id = (await tenant.RegisterClient(new { name = "Acme", language = "en", reminders = false })).GetProperty("id").GetGuid();
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var serializer = store.Options.Serializer();
        await using var session = store.QuerySession(tenant.TenantId.ToString());
        var view = (await session.LoadAsync<ClientView>(id))!;

        // The document as Marten writes it, without the two members: what views stored in 2026-11 hold.
        var json = JsonNode.Parse(serializer.ToJson(view))!.AsObject();
        var details = json["Details"]!.AsObject();
        details.Remove("Language").ShouldBeTrue();
        details.Remove("Reminders").ShouldBeTrue();
        var old = serializer.FromJson<ClientView>(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())));
        (old.Details.Language, old.Details.Reminders, old.Details.Name).ShouldBe(("es", true, "Acme"));
    }
}
