using Blueindic.Domain.Clients;

namespace Blueindic.Api.Admin;

/// <param name="Name">The business's name (1–200 characters).</param>
/// <param name="TaxId">The issuer's NIF/CIF, printed on every invoice it issues.</param>
/// <param name="Address">The issuer's address, printed on every invoice it issues.</param>
public sealed record RegisterTenantInput(string? Name, string? TaxId, AddressInput? Address = null);
