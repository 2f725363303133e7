using Blueindic.Api.Idempotency;

namespace Blueindic.Api.Sql;

/// <summary>
/// Rewrites, in every business, the Idempotency-Key records whose kept answer holds an API key
/// (<c>bik_&lt;key id&gt;_&lt;secret&gt;</c>, as versions before <see cref="ShownOnceAttribute"/> kept them)
/// the way they are kept now: no answer, the key's id, replayed as "Key shown once". The answer is
/// base64 in the JSON; <c>escape</c> turns its bytes into text whatever they are.
/// </summary>
internal static class RedactKeysInIdempotencyRecords
{
    private const string KeyPattern = "bik_([0-9a-f]{32})_[0-9a-f]{64}";

    private static readonly StatementText Text = StatementText.Over<IdempotencyRecord>(keys => $$"""
        update {{keys.Name}} as r
        set {{keys.Data}} = r.{{keys.Data}} || jsonb_build_object(
            '{{nameof(IdempotencyRecord.Body)}}', '',
            '{{nameof(IdempotencyRecord.ShownOnce)}}', true,
            '{{nameof(IdempotencyRecord.KeyId)}}', (regexp_match(kept.answer, '{{KeyPattern}}'))[1]::uuid::text)
        from (select {{keys.TenantId}} as tenant, {{keys.Id}} as id,
                     encode(decode({{keys.Data}} ->> '{{nameof(IdempotencyRecord.Body)}}', 'base64'), 'escape') as answer
              from {{keys.Name}}) as kept
        where r.{{keys.TenantId}} = kept.tenant and r.{{keys.Id}} = kept.id and kept.answer ~ '{{KeyPattern}}'
        """);

    public static void Queue(IDocumentSession session) => session.QueueSqlCommand(Text.For(session));
}
