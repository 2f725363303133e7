using JasperFx.Events;

namespace Blueindic.Api.Common;

/// <summary>One fact of a stream as the history endpoints show it.</summary>
/// <param name="Type">The event's name, e.g. ClientRegistered.</param>
/// <param name="User">Who caused it: <c>key:&lt;key id&gt;</c>, <c>admin</c> or <c>system</c>.</param>
public sealed record HistoryEntry(long Version, string Type, DateTimeOffset Timestamp, object Data, string? User, string? CorrelationId)
{
    public static HistoryEntry From(IEvent e) =>
        new(e.Version, e.EventType.Name, e.Timestamp, e.Data, e.UserName, e.CorrelationId);
}
