using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Clients;

[Collection(ApiCollection.Name)]
public sealed class BadInputTests(AppFixture app)
{
    public static TheoryData<string, string> Refused => new()
    {
        { """{ "name": """, "body" },
        { """not json at all""", "body" },
        { """null""", "body" },
        { """{ "name": 42 }""", "name" },
        { """{ "name": "x", "paymentTermsDays": "thirty" }""", "paymentTermsDays" },
        { """{ "name": "x", "equivalenceSurcharge": "yes" }""", "equivalenceSurcharge" },
        { """{ "name": "x", "address": { "country": 34 } }""", "address.country" },
        { """{ "name": "" }""", "name" },
        { $$"""{ "name": "{{new string('a', 201)}}" }""", "name" },
        { """{ "name": "x", "taxId": "12345678A" }""", "taxId" },
        { """{ "name": "x", "taxId": "B64717839" }""", "taxId" },
        { """{ "name": "x", "taxId": "GR123456789" }""", "taxId" },
        { """{ "name": "x", "taxId": "DE123456789" }""", "taxId" },
        { """{ "name": "x", "taxId": "FR41303265045" }""", "taxId" },
        { """{ "name": "x", "taxId": "B6471783H" }""", "taxId" },
        { """{ "name": "x", "email": "pedidos@" }""", "email" },
        { """{ "name": "x", "email": "javascript:alert(3)//@x.com" }""", "email" },
        { """{ "name": "x", "paymentTermDays": 60 }""", "paymentTermDays" },   // misspelt: refused, not ignored
        { """{ "name": "x", "address": { "cty": "Logroño" } }""", "cty" },
        { """{ "name": "x", "email": "\"a b\"@x.es" }""", "email" },
        { """{ "name": "x", "phone": "call me" }""", "phone" },
        { """{ "name": "x", "address": { "country": "XX" } }""", "address.country" },
        { """{ "name": "x", "address": { "postalCode": "99999" } }""", "address.postalCode" },
        { """{ "name": "x", "paymentTermsDays": 366 }""", "paymentTermsDays" },
        { """{ "name": "x", "paymentTermsDays": -1 }""", "paymentTermsDays" },
        { """{ "name": "Nul\u0000" }""", "name" },
        { """{ "name": "x", "email": "a\u0000@b.es" }""", "email" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Bad_client_input_is_a_400_problem_naming_the_field_and_appends_nothing(string json, string field)
    {
        var tenant = await app.NewTenant();
        var result = await tenant.PostRaw("/api/clients", json);
        result.ErrorFields().ShouldContain(field);
        // One shape for every 400, whoever finds the fault (the parser or the domain).
        var problem = result.Json();
        problem.GetProperty("type").GetString().ShouldBe("https://tools.ietf.org/html/rfc9110#section-15.5.1");
        problem.TryGetProperty("lineNumber", out _).ShouldBeFalse();
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("DE123456789", "DE VAT number: its check digits do not match")]
    [InlineData("FR41303265045", "FR VAT number: its check digits do not match")]
    [InlineData("B6471783H", "should be '8' (entities of type B take a digit)")]
    [InlineData("P28079002", "should be 'B' (entities of type P take a letter)")]
    public async Task A_mistyped_tax_id_is_refused_saying_what_its_check_requires(string taxId, string reason)
    {
        var tenant = await app.NewTenant();
        var result = await tenant.PostRaw("/api/clients", $$"""{ "name": "x", "taxId": "{{taxId}}" }""");
        result.ErrorFields().ShouldBe(["taxId"]);
        result.Json().GetProperty("errors").GetProperty("taxId")[0].GetString()!.ShouldContain(reason);
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        var tenant = await app.NewTenant();
        var huge = $$"""{ "name": "x", "notes": "{{new string('n', 2 * 1024 * 1024)}}" }""";
        var result = await tenant.PostRaw("/api/clients", huge);
        result.Status().ShouldBe(413);
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
    }

    [Fact]
    public async Task A_foreign_client_with_an_EU_VAT_number_is_accepted()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.RegisterClient(new
        {
            name = "Müller Consulting", taxId = "de 123 456 788",
            address = new { city = "Berlin", postalCode = "10117", country = "de" },
        });
        client.GetProperty("taxId").GetString().ShouldBe("DE123456788");
        client.GetProperty("address").GetProperty("country").GetString().ShouldBe("DE");
    }
}
