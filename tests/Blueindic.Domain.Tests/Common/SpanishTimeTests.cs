using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Common;

public sealed class SpanishTimeTests
{
    [Fact]
    public void A_Spanish_day_starts_at_midnight_in_Madrid_in_winter_and_in_summer()
    {
        SpanishTime.StartOf(new DateOnly(2026, 1, 15)).ShouldBe(new DateTimeOffset(2026, 1, 14, 23, 0, 0, TimeSpan.Zero));
        SpanishTime.StartOf(new DateOnly(2026, 7, 15)).ShouldBe(new DateTimeOffset(2026, 7, 14, 22, 0, 0, TimeSpan.Zero));
        SpanishTime.StartOf(new DateOnly(2026, 7, 15)).Offset.ShouldBe(TimeSpan.Zero);
        SpanishTime.Today(SpanishTime.StartOf(new DateOnly(2026, 3, 29))).ShouldBe(new DateOnly(2026, 3, 29));   // the day summer time begins
    }
}
