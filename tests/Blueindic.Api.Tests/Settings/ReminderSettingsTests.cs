using System.Text.Json;
using Blueindic.Api.Settings;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Reminders;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Settings;

[Collection(ApiCollection.Name)]
public sealed class ReminderSettingsTests(AppFixture app)
{
    private const string Url = "/api/settings/reminders";

    private static object Policy(bool enabled = true, string sendAt = "09:00", params object[] steps) =>
        new { enabled, sendAt, steps = steps.Length == 0 ? [new { daysFromDue = 5, kind = "overdue" }] : steps };

    private static object Step(int daysFromDue, string kind) => new { daysFromDue, kind };

    private static (int, string)[] Steps(JsonElement settings) =>
        settings.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("daysFromDue").GetInt32(), s.GetProperty("kind").GetString()!)).ToArray();

    private static long Version(JsonElement settings) => settings.GetProperty("version").GetInt64();

    [Fact]
    public async Task Before_any_change_the_policy_is_the_default()
    {
        var tenant = await app.NewTenant();
        var result = await tenant.Get(Url);
        result.Status().ShouldBe(200, result.ReadAsText());
        result.Header("ETag").ShouldBe("\"0\"");
        var s = result.Json();
        (s.GetProperty("enabled").GetBoolean(), s.GetProperty("sendAt").GetString(), Version(s)).ShouldBe((true, "09:00", 0L));
        Steps(s).ShouldBe([(-3, "upcoming"), (1, "overdue"), (15, "overdue"), (30, "formalClaim")]);
    }

    [Fact]
    public async Task A_change_round_trips_sorted_and_the_same_policy_again_records_nothing()
    {
        var tenant = await app.NewTenant();
        var body = Policy(false, "18:30", Step(45, "formalClaim"), Step(-7, "upcoming"), Step(0, "upcoming"), Step(10, "overdue"));
        var put = await tenant.Put(Url, body);
        put.Status().ShouldBe(200, put.ReadAsText());
        put.Header("ETag").ShouldBe("\"1\"");
        var s = put.Json();
        (s.GetProperty("enabled").GetBoolean(), s.GetProperty("sendAt").GetString(), Version(s)).ShouldBe((false, "18:30", 1L));
        Steps(s).ShouldBe([(-7, "upcoming"), (0, "upcoming"), (10, "overdue"), (45, "formalClaim")]);
        (await tenant.Get(Url)).Json().ToString().ShouldBe(s.ToString());

        // The same policy, even in another order, changes nothing and records nothing.
        var again = await tenant.Put(Url, Policy(false, "18:30", Step(0, "upcoming"), Step(10, "overdue"), Step(-7, "upcoming"), Step(45, "formalClaim")));
        (again.Status(), Version(again.Json())).ShouldBe((200, 1L));

        // Back to the defaults is a change; no steps at all is a policy too.
        var none = (await tenant.Put(Url, new { enabled = true, sendAt = "07:05", steps = Array.Empty<object>() })).Json();
        (Version(none), Steps(none).Length, none.GetProperty("sendAt").GetString()).ShouldBe((2L, 0, "07:05"));
    }

    [Fact]
    public async Task The_default_policy_sent_as_it_is_records_nothing()
    {
        var tenant = await app.NewTenant();
        var put = await tenant.Put(Url, Policy(true, "09:00", Step(-3, "upcoming"), Step(1, "overdue"), Step(15, "overdue"), Step(30, "formalClaim")));
        (put.Status(), Version(put.Json()), put.Header("ETag")).ShouldBe((200, 0L, "\"0\""));
    }

    public static TheoryData<object, string> Refusals => new()
    {
        { new { enabled = true, sendAt = "24:00", steps = new[] { Step(1, "overdue") } }, "sendAt" },
        { new { enabled = true, sendAt = "9h", steps = new[] { Step(1, "overdue") } }, "sendAt" },
        { new { enabled = true, steps = new[] { Step(1, "overdue") } }, "sendAt" },
        { new { sendAt = "09:00", steps = new[] { Step(1, "overdue") } }, "enabled" },
        { new { enabled = true, sendAt = "09:00" }, "steps" },
        { new { enabled = true, sendAt = "09:00", steps = Enumerable.Range(1, 11).Select(d => Step(d, "overdue")).ToArray() }, "steps" },
        { new { enabled = true, sendAt = "09:00", steps = new[] { Step(1, "overdue"), Step(-61, "upcoming") } }, "steps[1].daysFromDue" },
        { new { enabled = true, sendAt = "09:00", steps = new[] { Step(366, "overdue") } }, "steps[0].daysFromDue" },
        { new { enabled = true, sendAt = "09:00", steps = new[] { Step(1, "overdue"), Step(1, "formalClaim") } }, "steps[1].daysFromDue" },
        { new { enabled = true, sendAt = "09:00", steps = new[] { Step(1, "upcoming") } }, "steps[0].kind" },
        { new { enabled = true, sendAt = "09:00", steps = new[] { Step(0, "overdue") } }, "steps[0].kind" },
        { new { enabled = true, sendAt = "09:00", steps = new[] { Step(-1, "formalClaim") } }, "steps[0].kind" },
        { new { enabled = true, sendAt = "09:00", steps = new[] { Step(3, "final") } }, "steps[0].kind" },
        { new { enabled = true, sendAt = "09:00", steps = new object[] { new { kind = "overdue" } } }, "steps[0].daysFromDue" },
    };

    [Theory, MemberData(nameof(Refusals))]
    public async Task Each_rule_refuses_on_its_field_and_nothing_is_recorded(object body, string field)
    {
        var tenant = await app.NewTenant();
        (await tenant.Put(Url, body)).ErrorFields().ShouldBe([field]);
        var s = (await tenant.Get(Url)).Json();
        (Version(s), Steps(s).Length).ShouldBe((0L, 4));
    }

    [Fact]
    public async Task Every_field_error_comes_at_once()
    {
        var tenant = await app.NewTenant();
        (await tenant.Put(Url, new { enabled = true, sendAt = "25:00", steps = new[] { Step(-3, "overdue"), Step(400, "upcoming") } }))
            .ErrorFields().ShouldBe(["sendAt", "steps[0].kind", "steps[1].daysFromDue"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_412_naming_the_current_version()
    {
        var tenant = await app.NewTenant();
        (await tenant.Put(Url, Policy(), new Dictionary<string, string> { ["If-Match"] = "\"0\"" })).Status().ShouldBe(200);
        var stale = await tenant.Put(Url, Policy(false), new Dictionary<string, string> { ["If-Match"] = "\"0\"" });
        stale.Status().ShouldBe(412, stale.ReadAsText());
        stale.Json().GetProperty("currentVersion").GetInt64().ShouldBe(1);
        (await tenant.Get(Url)).Json().GetProperty("enabled").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_alert_window_shares_the_stream_and_each_keeps_its_own_value()
    {
        var tenant = await app.NewTenant();
        (await tenant.Put("/api/settings/alerts", new { alertWindowDays = 14 })).Status().ShouldBe(200);
        var s = (await tenant.Put(Url, Policy(false))).Json();
        Version(s).ShouldBe(2);
        (await tenant.Get("/api/settings/alerts")).Json().GetProperty("alertWindowDays").GetInt32().ShouldBe(14);
        (await tenant.Put("/api/settings/alerts", new { alertWindowDays = 3 })).Status().ShouldBe(200);
        (await tenant.Get(Url)).Json().GetProperty("enabled").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Each_business_has_its_own_policy_and_a_scan_reads_many_at_once()
    {
        var (a, b, c) = (await app.NewTenant(), await app.NewTenant(), await app.NewTenant());
        (await a.Put(Url, Policy(false, "08:00", Step(2, "overdue")))).Status().ShouldBe(200);
        (await a.Put(Url, Policy(true, "08:15", Step(3, "overdue")))).Status().ShouldBe(200);
        (await b.Put(Url, Policy(true, "20:00", Step(-1, "upcoming")))).Status().ShouldBe(200);
        (await c.Get(Url)).Json().GetProperty("version").GetInt64().ShouldBe(0);
        Steps((await b.Get(Url)).Json()).ShouldBe([(-1, "upcoming")]);

        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.QuerySession(a.TenantId.ToString()))
            (await ReminderSettings.PolicyAsync(session, CancellationToken.None)).ShouldBe(
                new ReminderPolicy(true, new TimeOnly(8, 15), [new(3, ReminderKind.Overdue)]));

        // From one business's session, the last policy of each business asked for; the default for one that never set it.
        await using var any = store.QuerySession(c.TenantId.ToString());
        var policies = await ReminderSettings.PoliciesAsync(any, [a.TenantId.ToString(), b.TenantId.ToString(), c.TenantId.ToString()], CancellationToken.None);
        policies[a.TenantId.ToString()].ShouldBe(new ReminderPolicy(true, new TimeOnly(8, 15), [new(3, ReminderKind.Overdue)]));
        policies[b.TenantId.ToString()].ShouldBe(new ReminderPolicy(true, new TimeOnly(20, 0), [new(-1, ReminderKind.Upcoming)]));
        policies[c.TenantId.ToString()].ShouldBe(ReminderPolicy.Default);
        (await ReminderSettings.PoliciesAsync(any, [], CancellationToken.None)).ShouldBeEmpty();
    }
}
