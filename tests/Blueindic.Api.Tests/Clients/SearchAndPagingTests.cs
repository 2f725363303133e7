using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Clients;

[Collection(ApiCollection.Name)]
public sealed class SearchAndPagingTests(AppFixture app)
{
    [Theory]
    [InlineData("munoz")]
    [InlineData("MUÑOZ")]
    [InlineData("panaderia")]
    [InlineData("b-6471 7838")]
    [InlineData("PEDIDOS@")]
    public async Task Search_ignores_case_and_accents_across_name_legal_name_tax_id_and_email(string term)
    {
        var tenant = await app.NewTenant();
        await tenant.RegisterClient(new { name = "Panadería Muñoz", taxId = "B64717838", email = "pedidos@pm.es" });
        await tenant.RegisterClient(new { name = "Talleres Ibáñez", legalName = "Ibáñez e Hijos S.A." });

        var page = await tenant.ListClients($"?search={Uri.EscapeDataString(term)}");
        page.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["Panadería Muñoz"]);
    }

    [Fact]
    public async Task Pages_walk_every_client_once_in_name_order()
    {
        var tenant = await app.NewTenant();
        string[] names = ["Ñandú Café", "Álvarez Abogados", "Zapatería Sol", "Bodegas Luna", "Óptica Centro", "Casa Pepe", "ana martín"];
        foreach (var name in names) await tenant.RegisterClient(new { name });

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await tenant.ListClients($"?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            var data = page.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
            data.Count.ShouldBeLessThanOrEqualTo(3);
            seen.AddRange(data);
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null && pages < 10);

        pages.ShouldBe(3);
        seen.ShouldBe(["Álvarez Abogados", "ana martín", "Bodegas Luna", "Casa Pepe", "Ñandú Café", "Óptica Centro", "Zapatería Sol"]);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?cursor=%25%25%25", "cursor")]
    [InlineData("?cursor=AA", "cursor")]
    [InlineData("?search=%00", "search")]
    public async Task Bad_paging_parameters_are_400_problems(string query, string field)
    {
        var tenant = await app.NewTenant();
        (await tenant.Get($"/api/clients{query}")).ErrorFields().ShouldContain(field);
    }

    [Fact]
    public async Task An_unparseable_query_value_is_a_400_not_a_500()
    {
        var tenant = await app.NewTenant();
        (await tenant.Get("/api/clients?limit=abc")).Status().ShouldBe(400);
        (await tenant.Get("/api/clients?archived=maybe")).Status().ShouldBe(400);
    }
}
