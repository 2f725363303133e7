using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Blueindic.Api.Facturae;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Facturae;

/// <summary>The XAdES-EPES signer, checked by .NET's own SignedXml (a verifier it does not subclass) and the schema.</summary>
public sealed class FacturaeSignatureTests
{
    private const string Ds = SignedXml.XmlDsigNamespaceUrl;
    private const string Xades = XadesProperties.Namespace;
    private static readonly DateTimeOffset SigningTime = new(2026, 11, 30, 10, 15, 30, TimeSpan.FromHours(1));

    [Fact]
    public void The_sample_is_a_valid_Facturae_before_signing() =>
        FacturaeSchemaCheck.Errors(SampleFacturae.Unsigned()).ShouldBeEmpty();

    [Fact]
    public void A_signed_file_read_back_from_its_bytes_verifies_and_is_still_valid_Facturae()
    {
        using var certificate = TestCertificates.SelfSigned();
        var unsigned = SampleFacturae.Unsigned();
        var before = unsigned.OuterXml;

        var signed = Reload(FacturaeSignature.Sign(unsigned, certificate, SigningTime));

        unsigned.OuterXml.ShouldBe(before);   // the input is left as it was
        var signature = TheSignature(signed);
        signed.DocumentElement!.LastChild.ShouldBeSameAs(signature);   // enveloped, the root's last child
        var verifier = new SignedXml(signed);
        verifier.LoadXml(signature);
        verifier.CheckSignature(certificate, verifySignatureOnly: true).ShouldBeTrue();
        // The key the signature names is the certificate's, so a verifier that trusts KeyInfo agrees.
        verifier.CheckSignatureReturningKey(out var key).ShouldBeTrue();
        ((RSA)key!).ExportParameters(false).Modulus.ShouldBe(certificate.GetRSAPublicKey()!.ExportParameters(false).Modulus);
        FacturaeSchemaCheck.Errors(signed).ShouldBeEmpty();
    }

    [Fact]
    public void It_signs_RSA_SHA256_over_the_document_the_KeyInfo_and_the_signed_properties()
    {
        using var certificate = TestCertificates.SelfSigned();
        var signed = Reload(FacturaeSignature.Sign(SampleFacturae.Unsigned(), certificate, SigningTime));
        var verifier = new SignedXml(signed);
        verifier.LoadXml(TheSignature(signed));
        var info = verifier.SignedInfo!;

        info.SignatureMethod.ShouldBe(SignedXml.XmlDsigRSASHA256Url);
        info.CanonicalizationMethod.ShouldBe(SignedXml.XmlDsigC14NTransformUrl);
        var references = info.References.Cast<Reference>().ToList();
        references.ShouldAllBe(r => r.DigestMethod == SignedXml.XmlDsigSHA256Url);
        var document = references.Single(r => r.Uri == "");
        document.TransformChain.Count.ShouldBe(1);
        document.TransformChain[0].ShouldBeOfType<XmlDsigEnvelopedSignatureTransform>();
        var keyInfoId = Single(signed, "KeyInfo", Ds).GetAttribute("Id");
        references.Single(r => r.Uri == $"#{keyInfoId}").Type.ShouldBeNull();
        var propertiesId = Single(signed, "SignedProperties", Xades).GetAttribute("Id");
        references.Single(r => r.Uri == $"#{propertiesId}").Type.ShouldBe(XadesProperties.SignedPropertiesType);
        references.Count.ShouldBe(3);

        // KeyInfo carries the certificate and its public key.
        Convert.FromBase64String(Single(signed, "X509Certificate", Ds).InnerText).ShouldBe(certificate.RawData);
        Convert.FromBase64String(Single(signed, "Modulus", Ds).InnerText)
            .ShouldBe(certificate.GetRSAPublicKey()!.ExportParameters(false).Modulus);
    }

    [Fact]
    public void It_carries_the_XAdES_EPES_properties_of_the_Facturae_policy_3_1()
    {
        using var certificate = TestCertificates.SelfSigned();
        var signed = Reload(FacturaeSignature.Sign(SampleFacturae.Unsigned(), certificate, SigningTime));
        var signature = TheSignature(signed);

        var qualifying = Single(signed, "QualifyingProperties", Xades);
        qualifying.ParentNode!.LocalName.ShouldBe("Object");
        qualifying.ParentNode.ParentNode.ShouldBeSameAs(signature);
        qualifying.GetAttribute("Target").ShouldBe($"#{signature.GetAttribute("Id")}");
        Single(signed, "SigningTime", Xades).InnerText.ShouldBe("2026-11-30T10:15:30+01:00");

        var cert = Single(signed, "Cert", Xades);
        Child(cert, "CertDigest/ds:DigestMethod").GetAttribute("Algorithm").ShouldBe(SignedXml.XmlDsigSHA256Url);
        Child(cert, "CertDigest/ds:DigestValue").InnerText.ShouldBe(Convert.ToBase64String(SHA256.HashData(certificate.RawData)));
        Child(cert, "IssuerSerial/ds:X509IssuerName").InnerText.ShouldBe(Rfc4514Name.Format(certificate.IssuerName));
        System.Numerics.BigInteger.Parse(Child(cert, "IssuerSerial/ds:X509SerialNumber").InnerText)
            .ShouldBe(new System.Numerics.BigInteger(certificate.SerialNumberBytes.Span, isUnsigned: true, isBigEndian: true));

        var policy = Single(signed, "SignaturePolicyId", Xades);
        Child(policy, "SigPolicyId/xades:Identifier").InnerText
            .ShouldBe("http://www.facturae.es/politica_de_firma_formato_facturae/politica_de_firma_formato_facturae_v3_1.pdf");
        Child(policy, "SigPolicyId/xades:Description").InnerText.ShouldBe("Política de Firma FacturaE v3.1");
        Child(policy, "SigPolicyHash/ds:DigestMethod").GetAttribute("Algorithm").ShouldBe("http://www.w3.org/2000/09/xmldsig#sha1");
        Child(policy, "SigPolicyHash/ds:DigestValue").InnerText.ShouldBe("Ohixl6upD6av8N7pEvDABhEL6hM=");
        Single(signed, "ClaimedRole", Xades).InnerText.ShouldBe("emisor");

        var format = Single(signed, "DataObjectFormat", Xades);
        var documentReference = signature.SelectNodes("ds:SignedInfo/ds:Reference", Namespaces(signed))!.Cast<XmlElement>()
            .Single(r => r.GetAttribute("URI") == "");
        format.GetAttribute("ObjectReference").ShouldBe($"#{documentReference.GetAttribute("Id")}");
        Child(format, "MimeType").InnerText.ShouldBe("text/xml");
    }

    [Theory]
    [InlineData("//fe:Facturae/Invoices/Invoice/InvoiceTotals/InvoiceTotal", "1121.00")]   // an amount: the document reference
    [InlineData("//xades:SigningTime", "2020-01-01T00:00:00+01:00")]                       // the signed properties
    [InlineData("//xades:ClaimedRole", "receptor")]
    [InlineData("//ds:KeyInfo//ds:Exponent", "AQAB AQAB")]                                  // the KeyInfo
    public void Changing_anything_signed_breaks_the_signature(string path, string value)
    {
        using var certificate = TestCertificates.SelfSigned();
        var bytes = Bytes(FacturaeSignature.Sign(SampleFacturae.Unsigned(), certificate, SigningTime));
        var tampered = Load(bytes);
        var node = tampered.SelectSingleNode(path, Namespaces(tampered)) ?? throw new InvalidOperationException($"{path} not found");
        node.InnerText.ShouldNotBe(value);
        node.InnerText = value;

        Load(bytes).Verifies(certificate).ShouldBeTrue();   // untouched, it does
        tampered.Verifies(certificate).ShouldBeFalse();
    }

    [Fact]
    public void Another_key_does_not_verify_it()
    {
        using var certificate = TestCertificates.SelfSigned();
        using var other = TestCertificates.SelfSigned();
        var signed = Reload(FacturaeSignature.Sign(SampleFacturae.Unsigned(), certificate, SigningTime));
        signed.Verifies(other).ShouldBeFalse();
    }

    [Fact]
    public void A_certificate_without_its_private_key_cannot_sign()
    {
        using var certificate = TestCertificates.SelfSigned();
        using var publicOnly = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(certificate.RawData);
        Should.Throw<ArgumentException>(() => FacturaeSignature.Sign(SampleFacturae.Unsigned(), publicOnly, SigningTime));
    }

    internal static byte[] Bytes(XmlDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) })) document.Save(writer);
        return stream.ToArray();
    }

    internal static XmlDocument Load(byte[] bytes)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.Load(new MemoryStream(bytes));
        return document;
    }

    private static XmlDocument Reload(XmlDocument document) => Load(Bytes(document));

    internal static XmlElement TheSignature(XmlDocument document) =>
        document.GetElementsByTagName("Signature", Ds).Cast<XmlElement>().ShouldHaveSingleItem();

    private static XmlElement Single(XmlDocument document, string name, string ns) =>
        document.GetElementsByTagName(name, ns).Cast<XmlElement>().ShouldHaveSingleItem();

    private static XmlElement Child(XmlElement parent, string path) =>
        (XmlElement)(parent.SelectSingleNode(string.Join('/', path.Split('/').Select(p => p.Contains(':') ? p : $"xades:{p}")),
            Namespaces(parent.OwnerDocument)) ?? throw new InvalidOperationException($"{path} not found under {parent.LocalName}"));

    internal static XmlNamespaceManager Namespaces(XmlDocument document)
    {
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("ds", Ds);
        ns.AddNamespace("xades", Xades);
        ns.AddNamespace("fe", SampleFacturae.Namespace);
        return ns;
    }
}

internal static class SignedDocumentExtensions
{
    public static bool Verifies(this XmlDocument document, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        var verifier = new SignedXml(document);
        verifier.LoadXml(FacturaeSignatureTests.TheSignature(document));
        return verifier.CheckSignature(certificate, verifySignatureOnly: true);
    }
}
