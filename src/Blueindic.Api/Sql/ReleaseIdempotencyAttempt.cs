using Blueindic.Api.Idempotency;

namespace Blueindic.Api.Sql;

/// <summary>
/// Deletes a pending Idempotency-Key if this attempt still holds it and its command has not
/// committed: in one statement, so a retry that took the key over meanwhile keeps it.
/// </summary>
internal static class ReleaseIdempotencyAttempt
{
    private static readonly StatementText Text = StatementText.Over<IdempotencyRecord>(keys => $"""
        delete from {keys.Name} where {keys.Id} = ? and {keys.TenantId} = ?
          and {keys.Data} ->> '{nameof(IdempotencyRecord.Attempt)}' = ? and ({keys.Data} ->> '{nameof(IdempotencyRecord.CommandCommitted)}')::boolean = false
        """);

    public static void Queue(IDocumentSession session, string id, string tenant, Guid attempt) =>
        session.QueueSqlCommand(Text.For(session), id, tenant, attempt.ToString());
}
