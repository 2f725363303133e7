using Blueindic.Domain.Common;

namespace Blueindic.Domain.Business;

/// <summary>
/// A business's profile, one stream per tenant: the details it edited (null until its first edit,
/// when the registration stands in), its logo and its signing certificate.
/// </summary>
public sealed record BusinessSettings(Guid Id, BusinessDetails? Details, LogoReference? Logo)
{
    /// <summary>The signing certificate installed, described; null when there is none.</summary>
    public BusinessCertificateDetails? Certificate { get; init; }

    /// <summary>The stream's version, set by Marten as it folds the stream: read with the state, so the two always agree.</summary>
    public long Version { get; set; }

    public static BusinessSettings Create(BusinessProfileChanged e) => new(e.ProfileId, e.ToDetails(), null);
    public static BusinessSettings Create(BusinessLogoChanged e) => new(e.ProfileId, null, e.ToReference());
    public BusinessSettings Apply(BusinessProfileChanged e) => this with { Details = e.ToDetails() };
    public BusinessSettings Apply(BusinessLogoChanged e) => this with { Logo = e.ToReference() };
    public BusinessSettings Apply(BusinessLogoRemoved _) => this with { Logo = null };
    public static BusinessSettings Create(CertificateInstalled e) => new(e.ProfileId, null, null) { Certificate = e.ToDetails() };
    public BusinessSettings Apply(CertificateInstalled e) => this with { Certificate = e.ToDetails() };
    public BusinessSettings Apply(CertificateRemoved _) => this with { Certificate = null };

    /// <summary>The profile stream id of a tenant: derived, so each tenant has exactly one.</summary>
    public static Guid StreamIdFor(string tenantId) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"business-profile:{tenantId}")));

    /// <param name="registered">The profile the registration stands for, while the business never edited it.</param>
    /// <returns>The edit, or null when the profile is already that.</returns>
    public static BusinessProfileChanged? Change(Guid profileId, BusinessSettings? current, BusinessDetails registered, BusinessDetails next) =>
        (current?.Details ?? registered) == next ? null : BusinessProfileChanged.Of(profileId, next);

    /// <returns>The change, or null when the business already has this very image.</returns>
    public static BusinessLogoChanged? SetLogo(Guid profileId, BusinessSettings? current, LogoReference logo)
    {
        if (logo.Bytes > LogoImage.MaxBytes) throw new DomainValidationException("file", $"A logo is at most {LogoImage.MaxBytes} bytes.");
        if (logo.MediaType is not (LogoImage.Png or LogoImage.Jpeg)) throw new DomainValidationException("file", "A logo is a PNG or a JPEG image.");
        return current?.Logo == logo ? null : new BusinessLogoChanged(profileId, logo.Sha256, logo.MediaType, logo.Bytes);
    }

    /// <returns>The removal, or null when there is no logo.</returns>
    public static BusinessLogoRemoved? RemoveLogo(Guid profileId, BusinessSettings? current) =>
        current?.Logo is null ? null : new BusinessLogoRemoved(profileId);

    /// <summary>
    /// Installs <paramref name="certificate"/>, refused (422, field <c>file</c>) unless valid at <paramref name="now"/>.
    /// </summary>
    /// <returns>The installation, or null when this very certificate is already installed.</returns>
    public static CertificateInstalled? InstallCertificate(Guid profileId, BusinessSettings? current, BusinessCertificateDetails certificate,
        DateTimeOffset now)
    {
        if (now < certificate.NotBefore)
            throw new DomainValidationException("file", $"The certificate is not valid yet: its validity starts {certificate.NotBefore:yyyy-MM-dd HH:mm} UTC.")
                { Unprocessable = true };
        if (now > certificate.NotAfter)
            throw new DomainValidationException("file", $"The certificate expired {certificate.NotAfter:yyyy-MM-dd HH:mm} UTC.") { Unprocessable = true };
        return current?.Certificate == certificate ? null : CertificateInstalled.Of(profileId, certificate);
    }

    /// <returns>The removal, or null when there is no certificate.</returns>
    public static CertificateRemoved? RemoveCertificate(Guid profileId, BusinessSettings? current) =>
        current?.Certificate is null ? null : new CertificateRemoved(profileId);
}
