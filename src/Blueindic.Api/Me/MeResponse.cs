namespace Blueindic.Api.Me;

/// <summary>Who the calling key is, and the business facts a client needs before anything else.</summary>
/// <param name="TenantId">The business the key belongs to.</param>
/// <param name="Name">The business's name, as on its invoices.</param>
/// <param name="TaxId">The business's NIF/CIF, as on its invoices.</param>
/// <param name="KeyId">The id of the key making this call (never the key).</param>
/// <param name="Today">Today in Spain (Europe/Madrid), by the API's clock: the day "overdue" and "this year" are counted from.</param>
/// <param name="AlertWindowDays">The business's alert window: days ahead (today included) an open invoice turns orange.</param>
public sealed record MeResponse(Guid TenantId, string Name, string TaxId, Guid KeyId, DateOnly Today, int AlertWindowDays);
