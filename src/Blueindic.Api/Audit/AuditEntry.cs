namespace Blueindic.Api.Audit;

/// <summary>One fact of the business, in the order the event store took it.</summary>
/// <param name="Sequence">The store's order: later facts have larger sequences.</param>
/// <param name="StreamId">The client, invoice or ledger the fact belongs to.</param>
/// <param name="User">Who caused it: <c>key:&lt;key id&gt;</c>, <c>admin</c>, or <c>demo-seed</c> for the demo data.</param>
/// <param name="CausationId">What caused it beyond the request, e.g. <c>client-import/{id}</c>.</param>
public sealed record AuditEntry(long Sequence, Guid StreamId, long Version, string Type, DateTimeOffset Timestamp, string? User,
    string? CorrelationId, string? CausationId, object Data);
