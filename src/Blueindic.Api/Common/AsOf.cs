using Blueindic.Domain.Common;

namespace Blueindic.Api.Common;

/// <summary>The business day a report is judged on: <c>asOf</c>, or today in Spain.</summary>
internal static class AsOf
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The 400 to answer for a day outside 2000 to ten years from now (no report spans more), else null.</summary>
    public static IResult? Read(DateOnly? asOf, TimeProvider clock, out DateOnly day)
    {
        var today = SpanishTime.Today(clock.GetUtcNow());
        day = asOf ?? today;
        return day < Earliest || day > today.AddYears(10)
            ? Problems.Validation("asOf", "asOf is a day from 2000 to ten years from now.")
            : null;
    }
}
