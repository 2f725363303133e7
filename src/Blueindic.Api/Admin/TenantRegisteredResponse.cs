using Blueindic.Domain.Clients;

namespace Blueindic.Api.Admin;

/// <param name="ApiKey">The tenant's first API key. It is shown only in this answer: a replay of its Idempotency-Key gets a 409 naming <c>keyId</c>.</param>
public sealed record TenantRegisteredResponse(Guid TenantId, string Name, string TaxId, Address? Address, Guid KeyId, string ApiKey);
