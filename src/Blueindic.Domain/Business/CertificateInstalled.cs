namespace Blueindic.Domain.Business;

/// <summary>
/// The business installed a signing certificate (PKCS#12): what it says, not what it is. The file and its
/// key are kept apart, encrypted, and are gone once removed; this fact stays.
/// </summary>
public sealed record CertificateInstalled(Guid ProfileId, string Subject, string? TaxId, string Issuer, DateTimeOffset NotBefore,
    DateTimeOffset NotAfter, string Thumbprint)
{
    public static CertificateInstalled Of(Guid profileId, BusinessCertificateDetails d) =>
        new(profileId, d.Subject, d.TaxId, d.Issuer, d.NotBefore, d.NotAfter, d.Thumbprint);

    public BusinessCertificateDetails ToDetails() => new(Subject, TaxId, Issuer, NotBefore, NotAfter, Thumbprint);
}
