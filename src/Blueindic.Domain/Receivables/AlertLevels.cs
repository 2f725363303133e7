namespace Blueindic.Domain.Receivables;

/// <summary>How urgent an open invoice is on a given day (the orange/red alert list).</summary>
public static class AlertLevels
{
    public const int DefaultWindowDays = 7;
    public const int MinWindowDays = 1;
    public const int MaxWindowDays = 90;

    /// <summary>Days until the due date: 0 on the day itself, negative once overdue.</summary>
    public static int DaysToDue(DateOnly dueDate, DateOnly asOf) => dueDate.DayNumber - asOf.DayNumber;

    /// <summary>
    /// Red once the due date has passed; orange when it falls within the window, today included
    /// (a 7-day window covers today and the next 6 days); green otherwise.
    /// </summary>
    public static AlertLevel Classify(DateOnly dueDate, DateOnly asOf, int windowDays) =>
        DaysToDue(dueDate, asOf) switch
        {
            < 0 => AlertLevel.Red,
            var d when d < windowDays => AlertLevel.Orange,
            _ => AlertLevel.Green,
        };

    /// <summary>The due dates of one level on <paramref name="asOf"/>, as an inclusive range.</summary>
    public static (DateOnly From, DateOnly To) DueDates(AlertLevel level, DateOnly asOf, int windowDays) => level switch
    {
        AlertLevel.Red => (DateOnly.MinValue, asOf.AddDays(-1)),
        AlertLevel.Orange => (asOf, asOf.AddDays(windowDays - 1)),
        _ => (asOf.AddDays(windowDays), DateOnly.MaxValue),
    };

    public static AgingBucket Age(DateOnly dueDate, DateOnly asOf) => -DaysToDue(dueDate, asOf) switch
    {
        <= 0 => AgingBucket.NotDue,
        <= 30 => AgingBucket.Days1To30,
        <= 60 => AgingBucket.Days31To60,
        <= 90 => AgingBucket.Days61To90,
        _ => AgingBucket.Over90,
    };
}
