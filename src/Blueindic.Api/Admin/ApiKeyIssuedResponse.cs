namespace Blueindic.Api.Admin;

/// <param name="ApiKey">The new key. It is shown only in this answer: a replay of its Idempotency-Key gets a 409 naming <c>keyId</c>.</param>
public sealed record ApiKeyIssuedResponse(Guid KeyId, string ApiKey);
