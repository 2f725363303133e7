using System.Text;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Clients;

/// <summary>
/// Text XML cannot carry (U+FFFE, U+FFFF, lone surrogates) is refused by field, never a 500: in a
/// body, in a search and in an import row. Other unusual text (non-characters XML allows,
/// unassigned code points) is kept and found.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UnusualTextTests(AppFixture app)
{
    [Theory]
    [InlineData("%EF%BF%BE")]            // U+FFFE
    [InlineData("mu%C3%B1oz%EF%BF%BF")]  // "muñoz" + U+FFFF
    public async Task A_search_for_a_character_text_cannot_hold_is_refused_by_field(string search)
    {
        var tenant = await app.NewTenant();
        var result = await tenant.Get($"/api/clients?search={search}");
        result.ErrorFields().ShouldBe(["search"]);
    }

    [Theory]
    [InlineData("""{ "name": "Taller \uFFFE Norte" }""", "name")]
    [InlineData("""{ "name": "Taller", "notes": "a \uD800 b" }""", "notes")]
    [InlineData("""{ "name": "Taller", "address": { "city": "\uDC00" } }""", "address.city")]
    public async Task A_client_with_such_a_character_is_refused_by_field_and_nothing_is_stored(string body, string field)
    {
        var tenant = await app.NewTenant();
        var result = await tenant.PostRaw("/api/clients", body);
        result.ErrorFields().ShouldBe([field]);
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Other_unusual_text_is_stored_and_found()
    {
        var tenant = await app.NewTenant();
        // U+FDD0 (a non-character XML allows), U+0378 (unassigned), U+1F600 (a surrogate pair).
        var result = await tenant.PostRaw("/api/clients", """{ "name": "Taller \uFDD0\u0378\uD83D\uDE00 Norte" }""");
        result.Status().ShouldBe(201, result.ReadAsText());
        var found = (await tenant.Get("/api/clients?search=TALLER")).Json().GetProperty("data");
        found.GetArrayLength().ShouldBe(1);
        found[0].GetProperty("name").GetString().ShouldBe("Taller \uFDD0\u0378\U0001F600 Norte");
    }

    [Fact]
    public async Task An_import_row_with_such_a_character_is_a_row_error_and_the_rest_is_imported()
    {
        var tenant = await app.NewTenant();
        var csv = Encoding.UTF8.GetBytes("Nombre;Notas\nTaller \uFFFE Norte;\nPanadería Sur;ok\n");

        var import = await tenant.ImportNow(csv, "clientes.csv");

        import.GetProperty("created").GetInt32().ShouldBe(1, import.ToString());
        var error = import.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("row").GetInt32().ShouldBe(2);
        error.GetProperty("message").GetString()!.ShouldContain("U+FFFE");
    }
}
