using Blueindic.Domain.Common;
using Blueindic.Domain.Receivables;

namespace Blueindic.Domain.Tests.Receivables;

public sealed class AlertLevelsTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Theory]
    [InlineData(-30, 7, AlertLevel.Red)]
    [InlineData(-1, 7, AlertLevel.Red)]
    [InlineData(0, 7, AlertLevel.Orange)]     // due today: today is inside the window
    [InlineData(6, 7, AlertLevel.Orange)]     // a 7-day window is today and the next 6 days
    [InlineData(7, 7, AlertLevel.Green)]
    [InlineData(0, 1, AlertLevel.Orange)]
    [InlineData(1, 1, AlertLevel.Green)]
    public void Levels_follow_the_due_date_and_the_window(int daysToDue, int window, AlertLevel level)
    {
        var due = Today.AddDays(daysToDue);
        AlertLevels.Classify(due, Today, window).ShouldBe(level);
        var (from, to) = AlertLevels.DueDates(level, Today, window);
        due.ShouldBeInRange(from, to);
    }

    [Theory]
    [InlineData(5, AgingBucket.NotDue)]
    [InlineData(0, AgingBucket.NotDue)]
    [InlineData(-1, AgingBucket.Days1To30)]
    [InlineData(-30, AgingBucket.Days1To30)]
    [InlineData(-31, AgingBucket.Days31To60)]
    [InlineData(-60, AgingBucket.Days31To60)]
    [InlineData(-61, AgingBucket.Days61To90)]
    [InlineData(-90, AgingBucket.Days61To90)]
    [InlineData(-91, AgingBucket.Over90)]
    public void Aging_buckets_by_days_past_due(int daysToDue, AgingBucket bucket) =>
        AlertLevels.Age(Today.AddDays(daysToDue), Today).ShouldBe(bucket);

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public void The_window_is_1_to_90_days(int days) =>
        Should.Throw<DomainValidationException>(() => TenantSettings.ChangeAlertWindow(Guid.NewGuid(), null, days));

    [Fact]
    public void Setting_the_window_it_already_has_changes_nothing()
    {
        TenantSettings.ChangeAlertWindow(Guid.NewGuid(), null, AlertLevels.DefaultWindowDays).ShouldBeNull();
        TenantSettings.ChangeAlertWindow(Guid.NewGuid(), null, 14)!.AlertWindowDays.ShouldBe(14);
    }
}
