using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Settings;

[Collection(ApiCollection.Name)]
public sealed class BusinessProfileTests(AppFixture app)
{
    private const string Url = "/api/settings/business";

    private static object Profile(string tradeName = "Nogal Estudio", string? iban = "ES91 2100 0418 4502 0005 1332", string? email = "hola@nogal.example") => new
    {
        tradeName,
        legalName = "Estudio Nogal SL",
        address = new { line1 = "Calle Mayor 1", city = "Madrid", postalCode = "28013", province = "Madrid" },
        email,
        phone = "+34 910 000 000",
        iban,
        website = "www.nogal.example",
        defaultPaymentTermsDays = 45,
        defaultSeries = "A",
    };

    [Fact]
    public async Task Before_any_edit_the_profile_is_what_the_business_registered_with()
    {
        var tenant = await app.NewTenant("Estudio Pruebas", "B64717838", new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014" });
        var result = await tenant.Get(Url);
        result.Status().ShouldBe(200, result.ReadAsText());
        result.Header("ETag").ShouldBe("\"0\"");
        var p = result.Json();
        (p.GetProperty("taxId").GetString(), p.GetProperty("tradeName").GetString()).ShouldBe(("B64717838", "Estudio Pruebas"));
        p.GetProperty("address").GetProperty("line1").GetString().ShouldBe("Calle de Alcalá 48");
        foreach (var field in new[] { "legalName", "email", "phone", "iban", "website", "logo" })
            p.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Null, field);
        (p.GetProperty("defaultPaymentTermsDays").GetInt32(), p.GetProperty("defaultSeries").GetString()).ShouldBe((30, "F"));
        (await tenant.HistoryOf($"{Url}/history")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_edit_round_trips_normalised_is_recorded_once_with_who_and_the_tax_id_stays()
    {
        var tenant = await app.NewTenant();
        var put = await tenant.Put(Url, Profile());
        put.Status().ShouldBe(200, put.ReadAsText());
        put.Header("ETag").ShouldBe("\"1\"");
        var p = put.Json();
        p.GetProperty("iban").GetString().ShouldBe("ES9121000418450200051332");
        p.GetProperty("website").GetString().ShouldBe("https://www.nogal.example");
        (p.GetProperty("tradeName").GetString(), p.GetProperty("legalName").GetString()).ShouldBe(("Nogal Estudio", "Estudio Nogal SL"));
        p.GetProperty("address").GetProperty("country").GetString().ShouldBe("ES");
        p.GetProperty("taxId").GetString().ShouldBe("B64717838");
        p.GetProperty("version").GetInt64().ShouldBe(1);
        (await tenant.Get(Url)).Json().ToString().ShouldBe(p.ToString());

        // The same profile again changes nothing and records nothing.
        (await tenant.Put(Url, Profile())).Json().GetProperty("version").GetInt64().ShouldBe(1);
        // The tax id is not the profile's to change: an unknown field.
        (await tenant.Put(Url, new { tradeName = "X", taxId = "12345678Z" })).Status().ShouldBe(400);

        var history = await tenant.HistoryOf($"{Url}/history");
        history.Select(h => h.GetProperty("type").GetString()).ShouldBe(["BusinessProfileChanged"]);
        history[0].GetProperty("user").GetString().ShouldBe($"key:{tenant.KeyId}");
        history[0].GetProperty("data").GetProperty("iban").GetString().ShouldBe("ES9121000418450200051332");

        // A full replacement: what is left out is cleared or back to its default, but for the address, which invoices print.
        var cleared = (await tenant.Put(Url, new { tradeName = "Nogal", address = new { line1 = "Calle Mayor 2", city = "Madrid", postalCode = "28013" } })).Json();
        foreach (var field in new[] { "legalName", "email", "phone", "iban", "website" })
            cleared.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Null, field);
        cleared.GetProperty("address").GetProperty("line1").GetString().ShouldBe("Calle Mayor 2");
        (cleared.GetProperty("defaultSeries").GetString(), cleared.GetProperty("version").GetInt64()).ShouldBe(("F", 2));
    }

    [Fact]
    public async Task The_address_is_required_with_line1_city_and_postal_code_since_invoices_print_it()
    {
        var tenant = await app.NewTenant("Estudio Pruebas", "B64717838", new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014" });
        var missing = await tenant.Put(Url, new { tradeName = "Nogal" });
        missing.Status().ShouldBe(400, missing.ReadAsText());
        missing.Json().GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["address"]);
        var empty = await tenant.Put(Url, new { tradeName = "Nogal", address = new { province = "Madrid" } });
        empty.Status().ShouldBe(400, empty.ReadAsText());
        empty.Json().GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .ShouldBe(["address.line1", "address.city", "address.postalCode"], ignoreOrder: true);
        (await tenant.HistoryOf($"{Url}/history")).ShouldBeEmpty();
        (await tenant.Get(Url)).Json().GetProperty("address").GetProperty("line1").GetString().ShouldBe("Calle de Alcalá 48");
    }

    [Fact]
    public async Task A_business_registered_without_an_address_still_issues_and_its_profile_shows_none()
    {
        var tenant = await app.NewTenant("Sin Domicilio", "B64717838");
        var profile = (await tenant.Get(Url)).Json();
        profile.GetProperty("address").ValueKind.ShouldBe(JsonValueKind.Null);
        var invoice = await tenant.IssueSimpleInvoice(await tenant.NewClient("Ana"));
        invoice.GetProperty("issuer").GetProperty("address").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Field_errors_come_all_at_once_and_nothing_is_recorded()
    {
        var tenant = await app.NewTenant();
        var refused = await tenant.Put(Url, new
        {
            tradeName = "Nogal", address = new { line1 = "Calle Mayor 1", city = "Madrid", postalCode = "28013" }, iban = "ES91 2100 0418 4502 0005 1333", email = "hola@", phone = "12",
            defaultSeries = "R", defaultPaymentTermsDays = 366, website = "javascript:alert(1)",
        });
        refused.Status().ShouldBe(400, refused.ReadAsText());
        var errors = refused.Json().GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["iban", "email", "phone", "website", "defaultPaymentTermsDays", "defaultSeries"], ignoreOrder: true);
        errors.GetProperty("iban")[0].GetString()!.ShouldContain("check digits");
        (await tenant.Put(Url, new { tradeName = "" })).Json().GetProperty("errors").GetProperty("tradeName").GetArrayLength().ShouldBe(1);
        (await tenant.Put(Url, Profile(iban: "ES91 2100 0418 4502 0005 133"))).Json().GetProperty("errors").GetProperty("iban")[0]
            .GetString()!.ShouldContain("24 characters");
        (await tenant.HistoryOf($"{Url}/history")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_412_naming_the_current_version()
    {
        var tenant = await app.NewTenant();
        (await tenant.Put(Url, Profile(), new Dictionary<string, string> { ["If-Match"] = "\"0\"" })).Status().ShouldBe(200);
        var stale = await tenant.Put(Url, Profile("Otro"), new Dictionary<string, string> { ["If-Match"] = "\"0\"" });
        stale.Status().ShouldBe(412, stale.ReadAsText());
        stale.Json().GetProperty("currentVersion").GetInt64().ShouldBe(1);
        (await tenant.Get(Url)).Json().GetProperty("tradeName").GetString().ShouldBe("Nogal Estudio");
        (await tenant.Put(Url, Profile("Otro"), new Dictionary<string, string> { ["If-Match"] = "\"1\"" })).Status().ShouldBe(200);
    }

    [Fact]
    public async Task Issued_invoices_keep_their_issuer_and_later_ones_carry_the_edit_and_its_defaults()
    {
        var tenant = await app.NewTenant("Estudio Pruebas", "B64717838", new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014" });
        var before = await tenant.IssueSimpleInvoice(await tenant.NewClient("Ana"));

        (await tenant.Put(Url, Profile())).Status().ShouldBe(200);
        (await tenant.PutFile($"{Url}/logo", TestImages.Png(), "logo.png")).Status().ShouldBe(200);
        // Registered without terms: the business's default; issued without a series: its default series.
        var client = await tenant.RegisterClient(new { name = "Bea" });
        client.GetProperty("paymentTermsDays").GetInt32().ShouldBe(45);
        (await tenant.RegisterClient(new { name = "Carla", paymentTermsDays = 10 })).GetProperty("paymentTermsDays").GetInt32().ShouldBe(10);
        (await tenant.ImportNow(Sheets.Xlsx(["Nombre"], ["Dora"]), "clientes.xlsx")).GetProperty("created").GetInt32().ShouldBe(1);
        (await tenant.ListClients("?search=Dora")).GetProperty("data")[0].GetProperty("paymentTermsDays").GetInt32().ShouldBe(45);
        var after = await tenant.IssueInvoice(new { clientId = client.GetProperty("id").GetGuid(), lines = new[] { new { description = "Servicio", quantity = 1, unitPrice = 100, vatRate = 21 } } });
        after.GetProperty("number").GetString().ShouldStartWith("A-");
        after.GetProperty("dueDate").GetString().ShouldBe(AppFixture.Today.AddDays(45).ToString("yyyy-MM-dd"));

        var issuer = after.GetProperty("issuer");
        (issuer.GetProperty("name").GetString(), issuer.GetProperty("legalName").GetString(), issuer.GetProperty("taxId").GetString())
            .ShouldBe(("Nogal Estudio", "Estudio Nogal SL", "B64717838"));
        (issuer.GetProperty("email").GetString(), issuer.GetProperty("phone").GetString(), issuer.GetProperty("iban").GetString(), issuer.GetProperty("website").GetString())
            .ShouldBe(("hola@nogal.example", "+34 910 000 000", "ES9121000418450200051332", "https://www.nogal.example"));
        issuer.GetProperty("address").GetProperty("line1").GetString().ShouldBe("Calle Mayor 1");
        var logo = issuer.GetProperty("logo");
        (logo.GetProperty("mediaType").GetString(), logo.GetProperty("bytes").GetInt32()).ShouldBe(("image/png", TestImages.Png().Length));
        logo.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(TestImages.Png())));

        // The invoice issued before the edit is as it was issued.
        var kept = (await tenant.Invoice(before.GetProperty("id").GetGuid())).GetProperty("issuer");
        kept.ToString().ShouldBe(before.GetProperty("issuer").ToString());
        (kept.GetProperty("name").GetString(), kept.GetProperty("address").GetProperty("line1").GetString()).ShouldBe(("Estudio Pruebas", "Calle de Alcalá 48"));
        foreach (var field in new[] { "email", "iban", "logo" }) kept.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Null, field);
    }

    [Fact]
    public async Task A_corrective_invoice_is_issued_by_the_profile_as_it_stands_and_keeps_the_original_client()
    {
        var tenant = await app.NewTenant("Estudio Pruebas", "B64717838", new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014" });
        (await tenant.Put(Url, Profile())).Status().ShouldBe(200);
        var original = await tenant.IssueSimpleInvoice(await tenant.NewClient("Ana"));
        (await tenant.Put(Url, Profile("Nogal Diseño", iban: "ES7921000813610123456789"))).Status().ShouldBe(200);

        var result = await tenant.Post($"/api/invoices/{original.GetProperty("id").GetGuid()}/corrections", new { reason = "Duplicada" });
        result.Status().ShouldBe(201, result.ReadAsText());
        var corrective = result.Json();
        var issuer = corrective.GetProperty("issuer");
        (issuer.GetProperty("name").GetString(), issuer.GetProperty("iban").GetString()).ShouldBe(("Nogal Diseño", "ES7921000813610123456789"));
        corrective.GetProperty("client").ToString().ShouldBe(original.GetProperty("client").ToString());

        var kept = (await tenant.Invoice(original.GetProperty("id").GetGuid())).GetProperty("issuer");
        (kept.GetProperty("name").GetString(), kept.GetProperty("iban").GetString()).ShouldBe(("Nogal Estudio", "ES9121000418450200051332"));
    }
}
