namespace Blueindic.Api.Idempotency;

/// <summary>
/// Marks an endpoint whose answer carries a key shown only once (an API key): its idempotency
/// record keeps the key's id, never the answer, and a replay is a 409 "Key shown once" naming that
/// id. <c>IdempotencyTests</c> fails for an endpoint whose response type has a secret-like field
/// and lacks this mark.
/// </summary>
/// <param name="idField">The answer's JSON property holding the key's id (e.g. <c>keyId</c>).</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ShownOnceAttribute(string idField) : Attribute
{
    public string IdField { get; } = idField;
}
