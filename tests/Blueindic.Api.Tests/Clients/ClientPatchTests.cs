using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Clients;

/// <summary>PATCH /api/clients/{id}: a JSON merge patch (RFC 7396) judged as the PUT it amounts to.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClientPatchTests(AppFixture app)
{
    private static object Munoz => new
    {
        name = "Panadería Muñoz",
        legalName = "Panadería Muñoz S.L.",
        taxId = "B64717838",
        email = "pedidos@panaderiamunoz.es",
        phone = "+34 912 345 678",
        address = new { line1 = "Calle Mayor 12", city = "Madrid", postalCode = "28013", province = "Madrid" },
        paymentTermsDays = 45,
        equivalenceSurcharge = true,
        notes = "Pays by transfer on the 5th.",
        language = "en",
        reminders = false,
    };

    private static Dictionary<string, string> IfMatch(string version) => new() { ["If-Match"] = version };

    private async Task<(TestTenant Tenant, Guid Id, JsonElement View)> Registered()
    {
        var tenant = await app.NewTenant();
        var view = await tenant.RegisterClient(Munoz);
        return (tenant, view.GetProperty("id").GetGuid(), view);
    }

    private static string? Detail(Alba.IScenarioResult problem) =>
        problem.Json().TryGetProperty("detail", out var detail) ? detail.GetString() : null;

    /// <summary>Every field of the view but its version, to compare before and after.</summary>
    private static Dictionary<string, string> Fields(JsonElement view) =>
        view.EnumerateObject().Where(p => p.Name != "version").ToDictionary(p => p.Name, p => p.Value.GetRawText());

    [Fact]
    public async Task One_field_changes_the_others_stay_and_the_history_records_only_it()
    {
        var (tenant, id, before) = await Registered();

        var patched = await tenant.Patch($"/api/clients/{id}", """{ "paymentTermsDays": 60 }""", IfMatch("\"1\""));

        patched.Status().ShouldBe(200, patched.ReadAsText());
        patched.Header("ETag").ShouldBe("\"2\"");
        var after = patched.Json();
        after.GetProperty("paymentTermsDays").GetInt32().ShouldBe(60);
        var changed = Fields(before).Where(f => Fields(after)[f.Key] != f.Value).Select(f => f.Key);
        changed.ShouldBe(["paymentTermsDays"]);
        (await tenant.Get($"/api/clients/{id}")).Json().ToString().ShouldBe(after.ToString());

        var history = await tenant.History(id);
        history.Select(h => h.GetProperty("type").GetString()).ShouldBe(["ClientRegistered", "ClientDetailsChanged"]);
        var change = history[1].GetProperty("data");
        change.GetProperty("paymentTermsDays").GetInt32().ShouldBe(60);
        foreach (var field in new[] { "name", "legalName", "taxId", "email", "phone", "address", "equivalenceSurcharge", "notes", "language", "reminders", "dir3" })
            change.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Null, field);
        change.GetProperty("cleared").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Null_clears_an_optional_field_and_a_defaulted_one_takes_the_default_again()
    {
        var (tenant, id, _) = await Registered();

        var cleared = await tenant.Patch($"/api/clients/{id}", """{ "email": null, "Notes": null, "paymentTermsDays": null }""");

        cleared.Status().ShouldBe(200, cleared.ReadAsText());
        var view = cleared.Json();
        view.GetProperty("email").ValueKind.ShouldBe(JsonValueKind.Null);
        view.GetProperty("notes").ValueKind.ShouldBe(JsonValueKind.Null);   // member names match as a PUT's do
        view.GetProperty("paymentTermsDays").GetInt32().ShouldBe(30);       // as a PUT without it: the business's default
        view.GetProperty("legalName").GetString().ShouldBe("Panadería Muñoz S.L.");
        var change = (await tenant.History(id))[^1].GetProperty("data");
        change.GetProperty("cleared").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Email", "Notes"], ignoreOrder: true);
        // One member in two spellings: the last wins, as in a PUT.
        (await tenant.Patch($"/api/clients/{id}", """{ "notes": "a", "Notes": "b" }""")).Json().GetProperty("notes").GetString().ShouldBe("b");
    }

    [Fact]
    public async Task The_address_merges_member_by_member()
    {
        var (tenant, id, _) = await Registered();

        var moved = await tenant.Patch($"/api/clients/{id}", """{ "address": { "city": "Sevilla", "postalCode": "41001", "province": null } }""");

        moved.Status().ShouldBe(200, moved.ReadAsText());
        var address = moved.Json().GetProperty("address");
        (address.GetProperty("line1").GetString(), address.GetProperty("city").GetString(), address.GetProperty("postalCode").GetString())
            .ShouldBe(("Calle Mayor 12", "Sevilla", "41001"));
        address.GetProperty("province").ValueKind.ShouldBe(JsonValueKind.Null);
        address.GetProperty("country").GetString().ShouldBe("ES");
        var change = (await tenant.History(id))[^1].GetProperty("data");
        change.GetProperty("address").GetProperty("city").GetString().ShouldBe("Sevilla");
        change.GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);

        // A nested object the client does not have yet starts empty: one DIR3 code alone is refused as PUT refuses it.
        var oneCode = await tenant.Patch($"/api/clients/{id}", """{ "dir3": { "accountingOffice": "L01281487" } }""");
        oneCode.ErrorFields().ShouldBe(["dir3.managementBody", "dir3.processingUnit"], ignoreOrder: true);
        var all = await tenant.Patch($"/api/clients/{id}", """{ "dir3": { "accountingOffice": "L01281487", "managementBody": "L01281487", "processingUnit": "L01281487" } }""");
        all.Status().ShouldBe(200, all.ReadAsText());
        all.Json().GetProperty("dir3").GetProperty("accountingOffice").GetString().ShouldBe("L01281487");
        (await tenant.Patch($"/api/clients/{id}", """{ "dir3": null }""")).Json().GetProperty("dir3").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_empty_patch_changes_nothing_and_appends_nothing()
    {
        var (tenant, id, before) = await Registered();

        var same = await tenant.Patch($"/api/clients/{id}", "{}");

        same.Status().ShouldBe(200, same.ReadAsText());
        same.Header("ETag").ShouldBe("\"1\"");
        same.Json().ToString().ShouldBe(before.ToString());
        // The same values sent again are no change either.
        (await tenant.Patch($"/api/clients/{id}", """{ "name": "Panadería Muñoz", "address": { "city": "Madrid" } }""")).Header("ETag").ShouldBe("\"1\"");
        (await tenant.History(id)).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_and_appends_nothing()
    {
        var (tenant, id, _) = await Registered();
        (await tenant.Patch($"/api/clients/{id}", """{ "notes": "Segunda versión" }""", IfMatch("\"1\""))).Status().ShouldBe(200);

        var stale = await tenant.Patch($"/api/clients/{id}", """{ "notes": "Versión perdida" }""", IfMatch("\"1\""));

        stale.Status().ShouldBe(412, stale.ReadAsText());
        stale.Json().GetProperty("currentVersion").GetInt64().ShouldBe(2);
        (await tenant.Patch($"/api/clients/{id}", "{}", IfMatch("version-two"))).ErrorFields().ShouldBe(["If-Match"]);
        (await tenant.History(id)).Length.ShouldBe(2);
        (await tenant.Get($"/api/clients/{id}")).Json().GetProperty("notes").GetString().ShouldBe("Segunda versión");
    }

    [Fact]
    public async Task Field_errors_are_the_PUTs_for_unknown_fields_wrong_types_and_null_on_the_name()
    {
        var (tenant, id, _) = await Registered();
        (string Patch, string Put, string Field)[] cases =
        [
            ("""{ "paymentTermDays": 60 }""", """{ "name": "X", "paymentTermDays": 60 }""", "paymentTermDays"),
            ("""{ "address": { "town": "Madrid" } }""", """{ "name": "X", "address": { "town": "Madrid" } }""", "town"),
            ("""{ "paymentTermsDays": "sesenta" }""", """{ "name": "X", "paymentTermsDays": "sesenta" }""", "paymentTermsDays"),
            ("""{ "name": null }""", """{ "name": null }""", "name"),
            ("""{ "paymentTermsDays": 400, "email": "no" }""", """{ "name": "X", "paymentTermsDays": 400, "email": "no" }""", "paymentTermsDays"),
        ];
        foreach (var (patch, put, field) in cases)
        {
            var patched = await tenant.Patch($"/api/clients/{id}", patch);
            patched.ErrorFields().ShouldContain(field, patch);
            var replaced = await app.Host.Scenario(s =>
            {
                s.Put.Text(put).ContentType("application/json").ToUrl($"/api/clients/{id}");
                s.WithRequestHeader("Authorization", $"Bearer {tenant.ApiKey}");
                s.IgnoreStatusCode();
            });
            replaced.ErrorFields().ShouldContain(field, put);
            patched.Json().GetProperty("errors").ToString().ShouldBe(replaced.Json().GetProperty("errors").ToString(), patch);
            Detail(patched).ShouldBe(Detail(replaced), patch);
        }
        (await tenant.History(id)).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Another_media_type_is_a_415_naming_the_one_taken()
    {
        var (tenant, id, _) = await Registered();

        foreach (var type in new[] { "application/json", "application/json-patch+json", "text/plain" })
        {
            var refused = await tenant.Patch($"/api/clients/{id}", """{ "paymentTermsDays": 60 }""", contentType: type);
            refused.Status().ShouldBe(415, type);
            refused.Context.Response.ContentType.ShouldStartWith("application/problem+json");
            refused.Json().GetProperty("detail").GetString()!.ShouldContain("application/merge-patch+json");
            refused.Header("Accept-Patch").ShouldBe("application/merge-patch+json");
        }
        (await tenant.Patch($"/api/clients/{id}", """{ "notes": "ok" }""", contentType: "application/merge-patch+json; charset=utf-8")).Status().ShouldBe(200);
        (await tenant.History(id)).Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_body_that_is_not_a_JSON_object_is_a_400_on_the_body()
    {
        var (tenant, id, _) = await Registered();

        foreach (var body in new[] { "[]", "\"Sevilla\"", "60", "null", "{ \"notes\": ", "", """{ "notes": "a", "notes": "b" }""" })
        {
            var refused = await tenant.Patch($"/api/clients/{id}", body);
            refused.ErrorFields().ShouldBe(["body"], body);
        }
        (await tenant.History(id)).Length.ShouldBe(1);
    }

    [Fact]
    public async Task An_archived_client_refuses_a_patch_and_an_unknown_one_is_404()
    {
        var (tenant, id, _) = await Registered();
        (await tenant.Post($"/api/clients/{id}/archive")).Status().ShouldBe(200);

        (await tenant.Patch($"/api/clients/{id}", """{ "notes": "x" }""")).Status().ShouldBe(409);
        (await tenant.Patch($"/api/clients/{Guid.NewGuid()}", """{ "notes": "x" }""")).Status().ShouldBe(404);
        (await tenant.History(id)).Length.ShouldBe(2);
    }
}
