using Blueindic.Api.Idempotency;

namespace Blueindic.Api.Sql;

/// <summary>
/// Marks a pending Idempotency-Key as carried out, queued on the command's own session so it commits
/// with the command's events. An update of one JSON property: the middleware's copy of the record is
/// not the one to store.
/// </summary>
internal static class MarkIdempotencyKeyCommitted
{
    private static readonly StatementText Text = StatementText.Over<IdempotencyRecord>(keys =>
        $"update {keys.Name} set {keys.Data} = jsonb_set({keys.Data}, '{{{nameof(IdempotencyRecord.CommandCommitted)}}}', 'true') where {keys.Id} = ? and {keys.TenantId} = ?");

    public static void Queue(IDocumentSession session, string id) =>
        session.QueueSqlCommand(Text.For(session), id, session.TenantId);
}
