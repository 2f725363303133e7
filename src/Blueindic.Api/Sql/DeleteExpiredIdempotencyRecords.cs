using Blueindic.Api.Idempotency;

namespace Blueindic.Api.Sql;

/// <summary>
/// Deletes every business's Idempotency-Key records made at or before a moment, in one statement
/// (the middleware no longer honours a record exactly its lifetime old).
/// </summary>
internal static class DeleteExpiredIdempotencyRecords
{
    private static readonly StatementText Text = StatementText.Over<IdempotencyRecord>(keys =>
        $"delete from {keys.Name} where ({keys.Data} ->> '{nameof(IdempotencyRecord.CreatedAt)}')::timestamptz <= ?");

    public static void Queue(IDocumentSession session, DateTimeOffset before) =>
        session.QueueSqlCommand(Text.For(session), before);
}
