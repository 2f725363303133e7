namespace Blueindic.Api.Admin;

/// <param name="ActiveKeyIds">Ids of the keys in force (never the keys).</param>
public sealed record TenantResponse(Guid TenantId, string Name, string TaxId, Blueindic.Domain.Clients.Address? Address, IReadOnlyList<Guid> ActiveKeyIds);
