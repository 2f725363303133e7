namespace Blueindic.Domain.Common;

/// <summary>Business dates are Spanish (peninsular) dates: "today" is today in Madrid.</summary>
public static class SpanishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now).DateTime);

    /// <summary>The instant a Spanish day begins (midnight in Madrid, summer time or not), in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);

    /// <summary>The instant a Spanish clock reads <paramref name="time"/> on <paramref name="day"/>, in UTC.</summary>
    /// <remarks>An hour skipped when summer time begins reads as the hour after; one repeated in autumn, as its first.</remarks>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
