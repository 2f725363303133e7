using Blueindic.Domain.Common;
using Blueindic.Api.Common;

namespace Blueindic.Api.Audit;

public static class GetAuditEndpoint
{
    /// <summary>Who did what and when: every fact of this business across its clients and invoices, oldest first.</summary>
    /// <param name="from">First day (in Spain), inclusive.</param>
    /// <param name="to">Last day (in Spain), inclusive.</param>
    /// <param name="limit">1–100, default 25.</param>
    /// <param name="cursor">nextCursor of the previous page.</param>
    [WolverineGet("/api/audit"), Tags("Audit")]
    [ProducesResponseType<Page<AuditEntry>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null, int? limit = null, string? cursor = null)
    {
        if (Cursor.Read(limit, cursor, out var take, out var after) is { } badPage) return badPage;
        if (from > to) return Problems.Validation("from", "from is on or before to.");
        if (from?.Year is < 2000 || to?.Year is > 9998) return Problems.Validation(from?.Year < 2000 ? "from" : "to", "A day from 2000 to 9998.");
        if ((after.Length == 0 ? 0 : await SequenceOfAsync(session, after, ct)) is not { } afterSequence)
            return Problems.Validation("cursor", "Not a cursor this API gave.");

        var query = session.Events.QueryAllRawEvents().Where(e => e.TenantId == session.TenantId && e.Sequence > afterSequence);
        if (from is { } f) { var start = SpanishTime.StartOf(f); query = query.Where(e => e.Timestamp >= start); }
        if (to is { } t) { var end = SpanishTime.StartOf(t.AddDays(1)); query = query.Where(e => e.Timestamp < end); }
        var events = await query.OrderBy(e => e.Sequence).Take(take + 1).ToListAsync(ct);
        var page = events.Take(take).Select(e => new AuditEntry(Id: e.Id, StreamId: e.StreamId, Version: e.Version,
            Type: e.EventType.Name, Timestamp: e.Timestamp, User: e.UserName, CorrelationId: e.CorrelationId, CausationId: e.CausationId,
            Data: e.Data)).ToList();
        return Results.Ok(new Page<AuditEntry>(page, events.Count > take ? Cursor.Encode($"{page[^1].StreamId:N}:{page[^1].Version}") : null));
    }

    /// <summary>
    /// The cursor names the page's last fact by its stream and version, which this business already
    /// sees; its place in the store is looked up here, among this business's facts only (one index
    /// read), so another business's cursor is unknown and no number moves with others' activity.
    /// </summary>
    private static async Task<long?> SequenceOfAsync(IQuerySession session, string after, CancellationToken ct)
    {
        if (after.Split(':') is not [var stream, var version] || !Guid.TryParseExact(stream, "N", out var streamId)
            || !long.TryParse(version, System.Globalization.NumberStyles.None, null, out var streamVersion)) return null;
        var sequences = await session.Events.QueryAllRawEvents()
            .Where(e => e.TenantId == session.TenantId && e.StreamId == streamId && e.Version == streamVersion)
            .Select(e => e.Sequence).Take(1).ToListAsync(ct);
        return sequences is [var sequence] ? sequence : null;
    }
}
