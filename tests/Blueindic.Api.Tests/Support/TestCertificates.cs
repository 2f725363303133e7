using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// Certificates made in the test with <see cref="CertificateRequest"/>: RSA-2048, SHA-256, shaped like the
/// FNMT's (serialNumber <c>IDCES-…</c>, organizationIdentifier <c>VATES-…</c>). Nothing is read from disk.
/// </summary>
public static class TestCertificates
{
    public const string Password = "contraseña de prueba";
    public const string HolderTaxId = "12345678Z";
    /// <summary>The tax id test businesses register with (AppFixture.NewTenant), a valid CIF.</summary>
    public const string EntityTaxId = "B64717838";

    /// <summary>A representative of a legal entity, as the FNMT issues them: the person's NIF and the company's.</summary>
    public static X500DistinguishedName Representative(string holderTaxId = HolderTaxId, string entityTaxId = EntityTaxId)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("ES");
        name.AddOrganizationName("EMPRESA DE PRUEBA SL");
        name.Add("2.5.4.97", $"VATES-{entityTaxId}", UniversalTagNumber.UTF8String);   // organizationIdentifier
        name.Add("2.5.4.4", "ESPAÑOL ESPAÑOL", UniversalTagNumber.UTF8String);          // surname
        name.Add("2.5.4.42", "JUAN", UniversalTagNumber.UTF8String);                     // givenName
        name.Add("2.5.4.5", $"IDCES-{holderTaxId}", UniversalTagNumber.PrintableString); // serialNumber
        name.AddCommonName($"{holderTaxId} JUAN ESPAÑOL (R: {entityTaxId})");
        return name.Build();
    }

    /// <summary>A self-signed certificate with its private key, valid from yesterday for a year unless told.</summary>
    public static X509Certificate2 SelfSigned(X500DistinguishedName? subject = null, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null)
    {
        using var key = RSA.Create(2048);
        var request = Request(subject ?? Representative(), key);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        var from = notBefore ?? DateTimeOffset.UtcNow.AddDays(-1);
        return request.CreateSelfSigned(from, notAfter ?? from.AddYears(1));
    }

    /// <summary>One that expired yesterday.</summary>
    public static X509Certificate2 Expired() =>
        SelfSigned(notBefore: DateTimeOffset.UtcNow.AddYears(-2), notAfter: DateTimeOffset.UtcNow.AddDays(-1));

    /// <summary>A PKCS#12 (.p12/.pfx) file of <paramref name="certificate"/> and its key, encrypted as current tools do.</summary>
    public static byte[] Pkcs12(X509Certificate2 certificate, string password = Password, params X509Certificate2[] chain)
    {
        var all = new X509Certificate2Collection(certificate);
        all.AddRange(chain);
        return all.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password)!;
    }

    /// <summary>A PKCS#12 file holding the certificate alone, without its private key.</summary>
    public static byte[] Pkcs12WithoutKey(X509Certificate2 certificate, string password = Password) =>
        new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(certificate.RawData))
            .ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password)!;

    /// <summary>The public certificate alone as a DER .cer file: not PKCS#12.</summary>
    public static byte[] Cer(X509Certificate2 certificate) => certificate.Export(X509ContentType.Cert);

    /// <summary>A certificate authority (self-signed, may sign certificates) for mutual TLS tests.</summary>
    public static X509Certificate2 Authority(string name = "CN=Blueindic Test CA, O=Blueindic, C=ES")
    {
        using var key = RSA.Create(2048);
        var request = Request(new X500DistinguishedName(name), key);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
    }

    /// <summary>A TLS client certificate issued by <paramref name="authority"/>, with its private key.</summary>
    public static X509Certificate2 Client(X509Certificate2 authority, X500DistinguishedName? subject = null) =>
        Issued(authority, subject ?? Representative(), new OidCollection { new("1.3.6.1.5.5.7.3.2") }, dnsName: null);

    /// <summary>A TLS server certificate for <paramref name="dnsName"/> issued by <paramref name="authority"/>.</summary>
    public static X509Certificate2 Server(X509Certificate2 authority, string dnsName = "localhost") =>
        Issued(authority, new X500DistinguishedName($"CN={dnsName}"), new OidCollection { new("1.3.6.1.5.5.7.3.1") }, dnsName);

    private static X509Certificate2 Issued(X509Certificate2 authority, X500DistinguishedName subject, OidCollection usages, string? dnsName)
    {
        using var key = RSA.Create(2048);
        var request = Request(subject, key);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usages, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        if (dnsName is not null)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName(dnsName);
            if (dnsName == "localhost") names.AddIpAddress(System.Net.IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;   // a positive serial number
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1), serial);
        return issued.CopyWithPrivateKey(key);
    }

    private static CertificateRequest Request(X500DistinguishedName subject, RSA key) =>
        new(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
}
