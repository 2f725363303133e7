using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Blueindic.Api.Facturae;

/// <summary>
/// The XAdES-EPES qualifying properties of a Facturae signature (ETSI TS 101 903 v1.3.2), under the
/// Facturae signing policy 3.1: signing time, signing certificate, policy (identifier and digest of
/// its PDF), claimed role, and the format of the signed document.
/// </summary>
public static class XadesProperties
{
    public const string Namespace = "http://uri.etsi.org/01903/v1.3.2#";
    public const string SignedPropertiesType = "http://uri.etsi.org/01903#SignedProperties";

    public const string PolicyIdentifier =
        "http://www.facturae.es/politica_de_firma_formato_facturae/politica_de_firma_formato_facturae_v3_1.pdf";
    public const string PolicyDescription = "Política de Firma FacturaE v3.1";

    /// <summary>
    /// SHA-1 of the policy's PDF, base64, as the policy is identified by every Facturae signer (AutoFirma's
    /// POLICY_FACTURAE_31, Facturae-PHP's SIGN_POLICY_DIGEST): the policy itself names SHA-1 for it.
    /// </summary>
    public const string PolicyDigest = "Ohixl6upD6av8N7pEvDABhEL6hM=";
    public const string PolicyDigestMethod = SignedXml.XmlDsigSHA1Url;

    /// <summary>The role the signer claims: the issuer of the invoice signs it.</summary>
    public const string ClaimedRole = "emisor";

    /// <summary>
    /// <c>xades:QualifyingProperties</c> targeting <paramref name="signatureId"/>, in a document of its own;
    /// its <c>ds:</c> children are unprefixed, in the default namespace the ds:Signature around them declares.
    /// </summary>
    public static XmlElement Qualifying(X509Certificate2 certificate, DateTimeOffset signingTime, string signatureId,
        string signedPropertiesId, string documentReferenceId)
    {
        var doc = new XmlDocument { PreserveWhitespace = true };
        XmlElement X(string name, params XmlNode[] children) => Append(doc.CreateElement("xades", name, Namespace), children);
        XmlElement Ds(string name, params XmlNode[] children) => Append(doc.CreateElement(name, SignedXml.XmlDsigNamespaceUrl), children);
        XmlText T(string text) => doc.CreateTextNode(text);
        XmlElement DigestMethod(string algorithm) => With(Ds("DigestMethod"), "Algorithm", algorithm);

        var signedSignature = X("SignedSignatureProperties",
            X("SigningTime", T(signingTime.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))),
            X("SigningCertificate", X("Cert",
                X("CertDigest", DigestMethod(SignedXml.XmlDsigSHA256Url), Ds("DigestValue", T(Convert.ToBase64String(SHA256.HashData(certificate.RawData))))),
                X("IssuerSerial", Ds("X509IssuerName", T(Rfc4514Name.Format(certificate.IssuerName))), Ds("X509SerialNumber", T(DecimalSerial(certificate)))))),
            X("SignaturePolicyIdentifier", X("SignaturePolicyId",
                X("SigPolicyId", X("Identifier", T(PolicyIdentifier)), X("Description", T(PolicyDescription))),
                X("SigPolicyHash", DigestMethod(PolicyDigestMethod), Ds("DigestValue", T(PolicyDigest))))),
            X("SignerRole", X("ClaimedRoles", X("ClaimedRole", T(ClaimedRole)))));
        var signedDataObject = X("SignedDataObjectProperties",
            With(X("DataObjectFormat", X("Description", T("Factura electrónica")), X("MimeType", T("text/xml"))),
                "ObjectReference", "#" + documentReferenceId));
        var signedProperties = With(X("SignedProperties", signedSignature, signedDataObject), "Id", signedPropertiesId);
        var qualifying = With(X("QualifyingProperties", signedProperties), "Target", "#" + signatureId);
        doc.AppendChild(qualifying);
        return qualifying;
    }

    /// <summary>The certificate's serial number as XML Signature writes it: a decimal integer.</summary>
    public static string DecimalSerial(X509Certificate2 certificate) =>
        BigInteger.Parse("0" + certificate.SerialNumber, NumberStyles.HexNumber, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    private static XmlElement Append(XmlElement element, XmlNode[] children)
    {
        foreach (var child in children) element.AppendChild(child);
        return element;
    }

    private static XmlElement With(XmlElement element, string attribute, string value)
    {
        element.SetAttribute(attribute, value);
        return element;
    }
}
