using Blueindic.Api.EventStore;
using Blueindic.Domain.Business;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Tenants;

namespace Blueindic.Api.Settings;

/// <summary>The business as its invoices show it. Until its first edit, what it registered with.</summary>
/// <param name="TaxId">As registered; not editable here.</param>
/// <param name="TradeName">Defaults to the registered name.</param>
/// <param name="Iban">Compact and upper-case.</param>
/// <param name="DefaultPaymentTermsDays">Terms of clients registered without their own.</param>
/// <param name="DefaultSeries">The series of invoices issued without one.</param>
/// <param name="Version">The profile stream's version (0 before any edit), also the ETag; send it as If-Match.</param>
public sealed record BusinessProfile(
    string TaxId, string TradeName, string? LegalName, Address? Address, string? Email, string? Phone, string? Iban, string? Website,
    int DefaultPaymentTermsDays, string DefaultSeries, BusinessLogo? Logo, long Version)
{
    public const string LogoUrl = "/api/settings/business/logo";

    /// <summary>The calling business's profile as it stands.</summary>
    internal static async Task<BusinessProfile> LoadAsync(IQuerySession session, CancellationToken ct)
    {
        var tenant = await CallingBusiness.LoadAsync(session.DocumentStore, session.TenantId, ct);
        // One read: the body and its ETag come from the same fold.
        var settings = await session.Events.AggregateStreamAsync<BusinessSettings>(BusinessSettings.StreamIdFor(session.TenantId), token: ct);
        return Of(tenant, settings);
    }

    /// <summary>The terms a client gets when <paramref name="input"/> names none: the profile's default (read only then).</summary>
    internal static async Task<int> DefaultPaymentTermsDaysAsync(IQuerySession session, ClientDetailsInput? input, CancellationToken ct)
    {
        if (input is null || input.PaymentTermsDays is not null) return ClientDetails.DefaultPaymentTermsDays;
        return await DefaultPaymentTermsDaysAsync(session, ct);
    }

    /// <summary>The terms of clients registered without their own.</summary>
    internal static async Task<int> DefaultPaymentTermsDaysAsync(IQuerySession session, CancellationToken ct)
    {
        var settings = await session.Events.AggregateStreamAsync<BusinessSettings>(BusinessSettings.StreamIdFor(session.TenantId), token: ct);
        return settings?.Details?.DefaultPaymentTermsDays ?? ClientDetails.DefaultPaymentTermsDays;
    }

    internal static BusinessProfile Of(Tenant tenant, BusinessSettings? settings)
    {
        var d = settings?.Details ?? Registered(tenant);
        return new BusinessProfile(tenant.TaxId, d.TradeName, d.LegalName, d.Address, d.Email, d.Phone, d.Iban, d.Website,
            d.DefaultPaymentTermsDays, d.DefaultSeries,
            settings?.Logo is { } logo ? new BusinessLogo(logo.MediaType, logo.Bytes, LogoUrl) : null, settings?.Version ?? 0);
    }

    internal static BusinessDetails Registered(Tenant tenant) => BusinessDetails.Registered(tenant.Name, tenant.Address);

    /// <summary>The issuer an invoice issued now snapshots: the profile, with the logo's reference (not its bytes).</summary>
    internal PartySnapshot Issuer(LogoReference? logo) =>
        new(TradeName, LegalName, TaxId, Address, Email, Phone, Iban, Website, logo);
}

/// <param name="Bytes">The image's size.</param>
/// <param name="Url">Where to read the image.</param>
public sealed record BusinessLogo(string MediaType, int Bytes, string Url);
