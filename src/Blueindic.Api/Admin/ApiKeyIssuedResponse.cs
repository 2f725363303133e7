namespace Blueindic.Api.Admin;

/// <param name="ApiKey">The new key. It is shown only in this answer.</param>
public sealed record ApiKeyIssuedResponse(Guid KeyId, string ApiKey);
