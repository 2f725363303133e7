namespace Blueindic.Api.Audit;

/// <summary>
/// One fact of the business, in the order the event store took it. Nothing in it counts the other
/// businesses' facts: the store-wide sequence, whose gaps would, is never shown (nor in the cursor).
/// </summary>
/// <param name="Id">The fact's own id.</param>
/// <param name="StreamId">The client, invoice or ledger the fact belongs to.</param>
/// <param name="Version">The fact's place in its stream: 1 for the stream's first, and so on.</param>
/// <param name="User">Who caused it: <c>key:&lt;key id&gt;</c>, <c>admin</c>, or <c>demo-seed</c> for the demo data.</param>
/// <param name="CausationId">What caused it beyond the request, e.g. <c>client-import/{id}</c>.</param>
public sealed record AuditEntry(Guid Id, Guid StreamId, long Version, string Type, DateTimeOffset Timestamp, string? User,
    string? CorrelationId, string? CausationId, object Data);
