using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Clients;

/// <summary>Text that .NET cannot normalise (non-characters, lone surrogates) is never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class UnusualTextTests(AppFixture app)
{
    [Theory]
    [InlineData("%EF%BF%BE")]            // U+FFFE
    [InlineData("mu%C3%B1oz%EF%BF%BF")]  // "muñoz" + U+FFFF
    public async Task A_search_for_a_non_character_answers_a_page(string search)
    {
        var tenant = await app.NewTenant();
        var result = await tenant.Get($"/api/clients?search={search}");
        result.Status().ShouldBe(200, result.ReadAsText());
    }

    [Fact]
    public async Task A_name_with_a_non_character_is_stored_and_found()
    {
        var tenant = await app.NewTenant();
        var result = await tenant.PostRaw("/api/clients", """{ "name": "Taller \uFFFE Norte" }""");
        result.Status().ShouldBe(201, result.ReadAsText());
        var found = (await tenant.Get("/api/clients?search=TALLER")).Json().GetProperty("data");
        found.GetArrayLength().ShouldBe(1);
    }
}
