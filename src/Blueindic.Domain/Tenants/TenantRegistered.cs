using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tenants;

/// <param name="Address">The issuer's address, printed on its invoices (RD 1619/2012); optional for tenants registered before it existed.</param>
public sealed record TenantRegistered(Guid TenantId, string Name, string TaxId, DateTimeOffset RegisteredAt, EventAddress? Address = null);
