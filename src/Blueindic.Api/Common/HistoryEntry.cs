using JasperFx.Events;

namespace Blueindic.Api.Common;

/// <summary>One fact of a stream as the history endpoints show it.</summary>
/// <param name="Type">The event's name, e.g. ClientRegistered.</param>
/// <param name="User">Who caused it: <c>key:&lt;key id&gt;</c>, <c>admin</c> or <c>system</c>.</param>
/// <param name="CausationId">What caused it beyond the request, e.g. <c>client-import/{id}</c>.</param>
public sealed record HistoryEntry(long Version, string Type, DateTimeOffset Timestamp, object Data, string? User, string? CorrelationId, string? CausationId)
{
    public static HistoryEntry From(IEvent e) =>
        new(e.Version, e.EventType.Name, e.Timestamp, e.Data, e.UserName, e.CorrelationId, e.CausationId);

    /// <summary>The history of one stream of this tenant, or a 404 naming <paramref name="what"/>.</summary>
    /// <typeparam name="TStart">The event that starts such a stream, so an id of another kind of stream is a 404 too.</typeparam>
    public static async Task<IResult> ForStream<TStart>(IQuerySession session, Guid id, string what, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return events.Count == 0 || events[0].Data is not TStart
            ? Problems.NotFound(what)
            : Results.Ok(events.Select(From).ToList());
    }
}
