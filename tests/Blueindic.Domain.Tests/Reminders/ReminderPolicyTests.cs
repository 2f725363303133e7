using Blueindic.Domain.Common;
using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reminders;

namespace Blueindic.Domain.Tests.Reminders;

public sealed class ReminderPolicyTests
{
    private static readonly Guid Id = Guid.NewGuid();

    private static ReminderPolicyInput Input(params (int? Days, string? Kind)[] steps) =>
        new(true, "09:00", steps.Select(s => new ReminderStepInput(s.Days, s.Kind)).ToList());

    private static string[] ErrorFields(ReminderPolicyInput input) =>
        Should.Throw<DomainValidationException>(() => ReminderPolicyInput.Validated(input)).Errors.Keys.Order().ToArray();

    [Fact]
    public void The_default_is_on_at_nine_with_four_steps()
    {
        var d = ReminderPolicy.Default;
        (d.Enabled, d.SendAt).ShouldBe((true, new TimeOnly(9, 0)));
        d.Steps.ShouldBe([new(-3, ReminderKind.Upcoming), new(1, ReminderKind.Overdue), new(15, ReminderKind.Overdue), new(30, ReminderKind.FormalClaim)]);
        TenantSettings.Default(Id).Reminders.ShouldBe(d);
    }

    [Fact]
    public void Steps_are_kept_sorted_by_their_day()
    {
        var p = ReminderPolicyInput.Validated(new ReminderPolicyInput(false, "18:45",
            [new(30, "formalClaim"), new(-60, "upcoming"), new(0, "upcoming"), new(365, "overdue")]));
        (p.Enabled, p.SendAt).ShouldBe((false, new TimeOnly(18, 45)));
        p.Steps.Select(s => s.DaysFromDue).ShouldBe([-60, 0, 30, 365]);
        p.Steps[2].Kind.ShouldBe(ReminderKind.FormalClaim);
    }

    [Fact]
    public void No_steps_is_a_policy_that_sends_nothing() =>
        ReminderPolicyInput.Validated(new ReminderPolicyInput(true, "09:00", [])).Steps.ShouldBeEmpty();

    [Theory]
    [InlineData("00:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    [InlineData("07:13", 7, 13)]
    [InlineData("7:30", 7, 30)]
    public void Any_hour_and_minute_of_the_day(string text, int hour, int minute) =>
        ReminderPolicyInput.Validated(new ReminderPolicyInput(true, text, [])).SendAt.ShouldBe(new TimeOnly(hour, minute));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("24:00")]
    [InlineData("09:60")]
    [InlineData("9")]
    [InlineData("09:00:00")]
    [InlineData("9am")]
    [InlineData(" 09:00")]
    public void A_send_hour_that_is_not_HH_mm_is_refused(string? text) =>
        ErrorFields(new ReminderPolicyInput(true, text, [])).ShouldBe(["sendAt"]);

    [Theory]
    [InlineData(-61, "upcoming", "steps[0].daysFromDue")]
    [InlineData(366, "overdue", "steps[0].daysFromDue")]
    [InlineData(null, "overdue", "steps[0].daysFromDue")]
    [InlineData(1, "upcoming", "steps[0].kind")]
    [InlineData(0, "overdue", "steps[0].kind")]
    [InlineData(-3, "formalClaim", "steps[0].kind")]
    [InlineData(5, "Overdue", "steps[0].kind")]
    [InlineData(5, "reminder", "steps[0].kind")]
    [InlineData(5, null, "steps[0].kind")]
    public void A_step_out_of_its_rules_is_refused_on_its_field(int? days, string? kind, string field) =>
        ErrorFields(Input((days, kind))).ShouldBe([field]);

    [Theory]
    [InlineData(-60, "upcoming")]
    [InlineData(0, "upcoming")]
    [InlineData(1, "overdue")]
    [InlineData(1, "formalClaim")]
    [InlineData(365, "formalClaim")]
    public void A_step_on_the_edge_of_its_rules_is_accepted(int days, string kind) =>
        ReminderPolicyInput.Validated(Input((days, kind))).Steps.Single().DaysFromDue.ShouldBe(days);

    [Fact]
    public void Two_steps_on_one_day_are_refused_on_the_second() =>
        ErrorFields(Input((1, "overdue"), (15, "overdue"), (1, "formalClaim"))).ShouldBe(["steps[2].daysFromDue"]);

    [Fact]
    public void At_most_ten_steps()
    {
        ReminderPolicyInput.Validated(Input(Enumerable.Range(1, 10).Select(d => ((int?)d, (string?)"overdue")).ToArray())).Steps.Count.ShouldBe(10);
        ErrorFields(Input(Enumerable.Range(1, 11).Select(d => ((int?)d, (string?)"overdue")).ToArray())).ShouldBe(["steps"]);
    }

    [Fact]
    public void Every_field_error_at_once()
    {
        ErrorFields(new ReminderPolicyInput(null, "25:00", [new(-3, "upcoming"), null, new(400, "soon"), new(-3, "overdue")]))
            .ShouldBe(["enabled", "sendAt", "steps[1]", "steps[2].daysFromDue", "steps[2].kind", "steps[3].daysFromDue", "steps[3].kind"]);
        ErrorFields(new ReminderPolicyInput(true, "09:00", null)).ShouldBe(["steps"]);
        Should.Throw<DomainValidationException>(() => ReminderPolicyInput.Validated(null)).Errors.Keys.ShouldBe(["body"]);
    }

    [Fact]
    public void The_policy_as_it_is_records_nothing_and_a_change_records_it_whole()
    {
        var defaults = ReminderPolicyInput.Validated(Input((30, "formalClaim"), (-3, "upcoming"), (15, "overdue"), (1, "overdue")));
        TenantSettings.ChangeReminderPolicy(Id, null, defaults).ShouldBeNull();
        TenantSettings.ChangeReminderPolicy(Id, TenantSettings.Default(Id), defaults).ShouldBeNull();

        var off = defaults with { Enabled = false };
        var changed = TenantSettings.ChangeReminderPolicy(Id, null, off).ShouldNotBeNull();
        changed.SettingsId.ShouldBe(Id);
        changed.ToPolicy().ShouldBe(off);
        var settings = TenantSettings.Default(Id).Apply(changed);
        settings.Reminders.ShouldBe(off);
        TenantSettings.ChangeReminderPolicy(Id, settings, off).ShouldBeNull();
        TenantSettings.ChangeReminderPolicy(Id, settings, off with { Steps = [new(2, ReminderKind.Overdue)] }).ShouldNotBeNull();

        // A stream that begins with the policy keeps the default window.
        TenantSettings.Create(changed).ShouldBe(TenantSettings.Default(Id) with { Reminders = off });
    }
}
