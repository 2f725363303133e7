using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Settings;

/// <summary>PATCH of the business profile, the reminder policy and the alert window: merge patches judged as their PUTs.</summary>
[Collection(ApiCollection.Name)]
public sealed class SettingsPatchTests(AppFixture app)
{
    private const string Business = "/api/settings/business";
    private const string Reminders = "/api/settings/reminders";
    private const string Alerts = "/api/settings/alerts";

    private static Dictionary<string, string> IfMatch(string version) => new() { ["If-Match"] = version };

    private static object Profile => new
    {
        tradeName = "Nogal Estudio",
        legalName = "Estudio Nogal SL",
        address = new { line1 = "Calle Mayor 1", city = "Madrid", postalCode = "28013", province = "Madrid" },
        email = "hola@nogal.example",
        phone = "+34 910 000 000",
        iban = "ES91 2100 0418 4502 0005 1332",
        website = "www.nogal.example",
        defaultPaymentTermsDays = 45,
        defaultSeries = "A",
    };

    private static long Version(Alba.IScenarioResult result) => result.Json().GetProperty("version").GetInt64();

    [Fact]
    public async Task A_profile_patch_changes_what_it_names_merges_the_address_and_records_the_result_once()
    {
        var tenant = await app.NewTenant();
        (await tenant.Put(Business, Profile)).Status().ShouldBe(200);

        var patched = await tenant.Patch(Business, """{ "email": null, "website": "https://nogal.es", "address": { "line1": "Calle Mayor 3" } }""", IfMatch("\"1\""));

        patched.Status().ShouldBe(200, patched.ReadAsText());
        patched.Header("ETag").ShouldBe("\"2\"");
        var p = patched.Json();
        p.GetProperty("email").ValueKind.ShouldBe(JsonValueKind.Null);
        p.GetProperty("website").GetString().ShouldBe("https://nogal.es");
        (p.GetProperty("address").GetProperty("line1").GetString(), p.GetProperty("address").GetProperty("city").GetString())
            .ShouldBe(("Calle Mayor 3", "Madrid"));
        (p.GetProperty("tradeName").GetString(), p.GetProperty("iban").GetString(), p.GetProperty("defaultSeries").GetString())
            .ShouldBe(("Nogal Estudio", "ES9121000418450200051332", "A"));
        (await tenant.Get(Business)).Json().ToString().ShouldBe(p.ToString());

        // Nothing to change records nothing; a stale version, a required field cleared, or an unknown one neither.
        (await tenant.Patch(Business, "{}")).Header("ETag").ShouldBe("\"2\"");
        (await tenant.Patch(Business, """{ "phone": "+34 911 111 111" }""", IfMatch("\"1\""))).Status().ShouldBe(412);
        (await tenant.Patch(Business, """{ "tradeName": null }""")).ErrorFields().ShouldBe(["tradeName"]);
        (await tenant.Patch(Business, """{ "address": null }""")).ErrorFields().ShouldBe(["address"]);
        (await tenant.Patch(Business, """{ "taxId": "12345678Z" }""")).ErrorFields().ShouldBe(["taxId"]);
        (await tenant.Patch(Business, """{ "iban": "ES00" }""", contentType: "application/json")).Status().ShouldBe(415);
        (await tenant.HistoryOf($"{Business}/history")).Select(h => h.GetProperty("type").GetString())
            .ShouldBe(["BusinessProfileChanged", "BusinessProfileChanged"]);
    }

    [Fact]
    public async Task A_profile_never_edited_is_patched_from_what_the_business_registered_with()
    {
        var tenant = await app.NewTenant("Estudio Pruebas", "B64717838", new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014" });

        (await tenant.Patch(Business, "{}")).Header("ETag").ShouldBe("\"0\"");
        var patched = await tenant.Patch(Business, """{ "defaultPaymentTermsDays": 60 }""", IfMatch("\"0\""));

        patched.Status().ShouldBe(200, patched.ReadAsText());
        var p = patched.Json();
        (p.GetProperty("tradeName").GetString(), p.GetProperty("defaultPaymentTermsDays").GetInt32(), p.GetProperty("version").GetInt64())
            .ShouldBe(("Estudio Pruebas", 60, 1L));
        p.GetProperty("address").GetProperty("line1").GetString().ShouldBe("Calle de Alcalá 48");
    }

    [Fact]
    public async Task A_reminder_patch_replaces_the_steps_whole_and_keeps_the_rest()
    {
        var tenant = await app.NewTenant();
        (await tenant.Put(Reminders, new { enabled = false, sendAt = "18:30", steps = new[] { new { daysFromDue = 5, kind = "overdue" } } })).Status().ShouldBe(200);

        var patched = await tenant.Patch(Reminders, """{ "steps": [{ "daysFromDue": 20, "kind": "formalClaim" }, { "daysFromDue": -2, "kind": "upcoming" }] }""", IfMatch("\"1\""));

        patched.Status().ShouldBe(200, patched.ReadAsText());
        patched.Header("ETag").ShouldBe("\"2\"");
        var s = patched.Json();
        (s.GetProperty("enabled").GetBoolean(), s.GetProperty("sendAt").GetString()).ShouldBe((false, "18:30"));
        s.GetProperty("steps").EnumerateArray().Select(x => (x.GetProperty("daysFromDue").GetInt32(), x.GetProperty("kind").GetString()))
            .ShouldBe([(-2, "upcoming"), (20, "formalClaim")]);

        (await tenant.Patch(Reminders, "{}")).Header("ETag").ShouldBe("\"2\"");
        (await tenant.Patch(Reminders, """{ "enabled": true }""", IfMatch("\"1\""))).Status().ShouldBe(412);
        (await tenant.Patch(Reminders, """{ "sendAt": null, "steps": null }""")).ErrorFields().ShouldBe(["sendAt", "steps"], ignoreOrder: true);
        (await tenant.Patch(Reminders, """{ "steps": [{ "daysFromDue": 3, "kind": "upcoming" }] }""")).ErrorFields().ShouldBe(["steps[0].kind"]);
        (await tenant.Patch(Reminders, """{ "enabled": true }""")).Header("ETag").ShouldBe("\"3\"");
    }

    [Fact]
    public async Task The_default_reminder_policy_patched_to_itself_records_nothing()
    {
        var tenant = await app.NewTenant();
        var same = await tenant.Patch(Reminders, """{ "enabled": true, "sendAt": "09:00" }""");
        (same.Status(), Version(same)).ShouldBe((200, 0L));
    }

    [Fact]
    public async Task An_alert_patch_sets_the_window_and_null_on_it_is_refused()
    {
        var tenant = await app.NewTenant();

        var patched = await tenant.Patch(Alerts, """{ "alertWindowDays": 14 }""");

        patched.Status().ShouldBe(200, patched.ReadAsText());
        patched.Json().GetProperty("alertWindowDays").GetInt32().ShouldBe(14);
        (await tenant.Get(Alerts)).Json().GetProperty("alertWindowDays").GetInt32().ShouldBe(14);
        (await tenant.Patch(Alerts, "{}")).Json().GetProperty("alertWindowDays").GetInt32().ShouldBe(14);
        (await tenant.Patch(Alerts, """{ "alertWindowDays": null }""")).ErrorFields().ShouldBe(["alertWindowDays"]);
        (await tenant.Patch(Alerts, """{ "alertWindowDays": 91 }""")).ErrorFields().ShouldBe(["alertWindowDays"]);
        (await tenant.Patch(Alerts, """{ "alertWindowDay": 10 }""")).ErrorFields().ShouldBe(["alertWindowDay"]);
        (await tenant.Patch(Alerts, "[14]")).ErrorFields().ShouldBe(["body"]);
        // One change in all (the settings stream's version, which the alert window shares with the reminders).
        Version(await tenant.Get(Reminders)).ShouldBe(1);
    }
}
