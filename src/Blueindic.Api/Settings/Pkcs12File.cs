using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Blueindic.Domain.Business;
using Blueindic.Domain.Common;

namespace Blueindic.Api.Settings;

/// <summary>A PKCS#12 (.p12/.pfx) certificate file with its private key, as a signer can use it.</summary>
internal static class Pkcs12File
{
    /// <summary>
    /// Ephemeral: the key is held in memory only, never written to a key store on disk. On Linux (OpenSSL)
    /// such a key signs and authenticates TLS clients (SslStream) alike; Windows' SChannel would need a
    /// persisted key for TLS.
    /// </summary>
    public const X509KeyStorageFlags Flags = X509KeyStorageFlags.EphemeralKeySet;

    /// <summary>
    /// The certificate with its private key; refuses (422) a file that is not PKCS#12, a wrong password, a
    /// file without a private key or with a key other than RSA.
    /// </summary>
    public static X509Certificate2 Open(byte[] file, string password)
    {
        Pkcs12Info info;
        try
        {
            info = Pkcs12Info.Decode(file, out var read, skipCopy: true);
            if (read != file.Length) throw new CryptographicException("Trailing bytes after the PKCS#12 structure.");
        }
        catch (CryptographicException)
        {
            throw Refused("file", "This is not a PKCS#12 (.p12 or .pfx) file. A .cer, .crt or .pem file holds no private key: "
                                  + "export the certificate with its private key.");
        }
        if (info.IntegrityMode == Pkcs12IntegrityMode.Password && !info.VerifyMac(password))
            throw Refused("password", "The password does not open this certificate file.");

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12(file, password, Flags, Pkcs12LoaderLimits.Defaults);
        }
        catch (CryptographicException)
        {
            throw Refused("file", "The certificate file cannot be opened with this password: it is damaged or uses an unsupported encryption.");
        }
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw Refused("file", "The file holds a certificate without its private key: export it again with the private key.");
        }
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is null)
        {
            certificate.Dispose();
            throw Refused("file", "Only RSA certificates can sign Facturae files here (the FNMT's are RSA).");
        }
        return certificate;
    }

    /// <summary>What the certificate says of itself, for the event and the settings.</summary>
    public static BusinessCertificateDetails Describe(X509Certificate2 certificate) => new(
        certificate.Subject,
        CertificateTaxId.Of(Attribute(certificate, "2.5.4.97"), Attribute(certificate, "2.5.4.5")),
        certificate.Issuer,
        new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
        new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
        certificate.GetCertHashString(HashAlgorithmName.SHA256));

    // organizationIdentifier (2.5.4.97) or serialNumber (2.5.4.5) of the subject.
    private static string? Attribute(X509Certificate2 certificate, string oid) =>
        certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(rdn => !rdn.HasMultipleElements && rdn.GetSingleElementType().Value == oid)
            .Select(rdn => rdn.GetSingleElementValue())
            .FirstOrDefault();

    private static DomainValidationException Refused(string field, string message) => new(field, message) { Unprocessable = true };
}
