using Blueindic.Domain.Business;
using Blueindic.Domain.Tenants;

namespace Blueindic.Api.Settings;

/// <summary>The business's signing certificate as it may be shown: never the file, the key or the password.</summary>
/// <param name="Subject">The subject's distinguished name.</param>
/// <param name="TaxId">The NIF the certificate names (organizationIdentifier VATES-…, else serialNumber IDCES-…); null when none.</param>
/// <param name="TaxIdMatchesBusiness">Whether that NIF is the business's own (a certificate of someone else signs as them, not as the business).</param>
/// <param name="Thumbprint">SHA-256 of the certificate (DER), upper-case hex.</param>
/// <param name="Expired">Past its validity now: signing refuses it.</param>
/// <param name="Version">The business settings stream's version, also the ETag; send it as If-Match.</param>
public sealed record BusinessCertificateView(string Subject, string? TaxId, bool TaxIdMatchesBusiness, string Issuer,
    DateTimeOffset NotBefore, DateTimeOffset NotAfter, string Thumbprint, bool Expired, long Version)
{
    public const string Url = "/api/settings/certificate";

    internal static BusinessCertificateView Of(BusinessCertificateDetails d, Tenant business, DateTimeOffset now, long version) =>
        new(d.Subject, d.TaxId, d.TaxId is not null && d.TaxId == Domain.Common.TaxId.Normalise(business.TaxId), d.Issuer, d.NotBefore, d.NotAfter, d.Thumbprint, now > d.NotAfter, version);
}
