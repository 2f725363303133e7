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
        var afterSequence = 0L;
        if (after.Length > 0 && !long.TryParse(after, out afterSequence)) return Problems.Validation("cursor", "Not a cursor this API gave.");
        if (from > to) return Problems.Validation("from", "from is on or before to.");
        if (from?.Year is < 2000 || to?.Year is > 9998) return Problems.Validation(from?.Year < 2000 ? "from" : "to", "A day from 2000 to 9998.");

        var query = session.Events.QueryAllRawEvents().Where(e => e.TenantId == session.TenantId && e.Sequence > afterSequence);
        if (from is { } f) { var start = SpanishTime.StartOf(f); query = query.Where(e => e.Timestamp >= start); }
        if (to is { } t) { var end = SpanishTime.StartOf(t.AddDays(1)); query = query.Where(e => e.Timestamp < end); }
        var events = await query.OrderBy(e => e.Sequence).Take(take + 1).ToListAsync(ct);
        var page = events.Take(take).Select(e => new AuditEntry(Sequence: e.Sequence, StreamId: e.StreamId, Version: e.Version,
            Type: e.EventType.Name, Timestamp: e.Timestamp, User: e.UserName, CorrelationId: e.CorrelationId, CausationId: e.CausationId,
            Data: e.Data)).ToList();
        return Results.Ok(new Page<AuditEntry>(page, events.Count > take ? Cursor.Encode($"{page[^1].Sequence}") : null));
    }
}
