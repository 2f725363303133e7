using Blueindic.Domain.Common;

namespace Blueindic.Api.Reports;

internal static class ReportYears
{
    /// <summary>The report's year (default: this year in Spain) and the one it is compared with (default: the year before).</summary>
    public static IResult? Read(int? year, int? compareYear, TimeProvider clock, out int y, out int previous)
    {
        y = year ?? SpanishTime.Today(clock.GetUtcNow()).Year;
        previous = compareYear ?? y - 1;
        if (y is < 2000 or > 9998) return Problems.Validation("year", "A year from 2000 on.");
        if (compareYear is < 2000 or > 9998) return Problems.Validation("compareYear", "A year from 2000 on.");
        return null;
    }
}
