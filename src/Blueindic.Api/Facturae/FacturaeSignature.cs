using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Blueindic.Api.Facturae;

/// <summary>
/// Signs a Facturae file XAdES-EPES under the Facturae signing policy 3.1: one enveloped ds:Signature,
/// the root's last child, RSA-SHA256 over three SHA-256 references (the document, the KeyInfo, the
/// XAdES SignedProperties), inclusive C14N. The policy fixes the policy's own digest (SHA-1) but not
/// the signature's algorithms; SHA-2 is what FACe and current signers (AutoFirma, Facturae-PHP) use.
/// </summary>
public static class FacturaeSignature
{
    /// <summary>
    /// A signed copy of <paramref name="unsigned"/> (left as it is). <paramref name="certificate"/> needs its
    /// RSA private key. The result is checked before it is returned: a signature that does not verify is
    /// never handed out.
    /// </summary>
    public static XmlDocument Sign(XmlDocument unsigned, X509Certificate2 certificate, DateTimeOffset signingTime)
    {
        using var privateKey = certificate.GetRSAPrivateKey()
            ?? throw new ArgumentException("Signing a Facturae file needs an RSA certificate with its private key.", nameof(certificate));
        using var publicKey = certificate.GetRSAPublicKey()!;
        var document = Reparsed(unsigned.OuterXml);
        if (document.DocumentElement is null) throw new ArgumentException("The document has no root element.", nameof(unsigned));

        var suffix = Guid.NewGuid().ToString("N");
        var ids = (Signature: $"Signature-{suffix}", KeyInfo: $"KeyInfo-{suffix}", Object: $"Object-{suffix}",
            SignedProperties: $"SignedProperties-{suffix}", DocumentReference: $"Reference-{suffix}");

        var keyInfo = new KeyInfo { Id = ids.KeyInfo };
        keyInfo.AddClause(new KeyInfoX509Data(certificate));
        keyInfo.AddClause(new RSAKeyValue(publicKey));
        var qualifying = XadesProperties.Qualifying(certificate, signingTime, ids.Signature, ids.SignedProperties, ids.DocumentReference);
        var properties = new DataObject { Id = ids.Object, Data = qualifying.OwnerDocument.ChildNodes };

        var signedXml = new XadesSignedXml(document, Draft(document, ids.Signature, keyInfo, properties)) { SigningKey = privateKey };
        signedXml.Signature.Id = ids.Signature;
        signedXml.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigC14NTransformUrl;
        signedXml.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        signedXml.KeyInfo = keyInfo;
        signedXml.AddObject(properties);

        var whole = new Reference("") { Id = ids.DocumentReference, DigestMethod = SignedXml.XmlDsigSHA256Url };
        whole.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        signedXml.AddReference(whole);
        signedXml.AddReference(new Reference($"#{ids.KeyInfo}") { DigestMethod = SignedXml.XmlDsigSHA256Url });
        signedXml.AddReference(new Reference($"#{ids.SignedProperties}")
            { Type = XadesProperties.SignedPropertiesType, DigestMethod = SignedXml.XmlDsigSHA256Url });
        signedXml.ComputeSignature();

        document.DocumentElement.AppendChild(document.ImportNode(signedXml.GetXml(), true));
        var signed = Reparsed(document.OuterXml);
        if (!Verifies(signed, certificate))
            throw new CryptographicException("The Facturae signature just computed does not verify.");
        return signed;
    }

    /// <summary>The signed file as it is served: UTF-8 without BOM, its whitespace untouched (never re-indented).</summary>
    public static byte[] Bytes(XmlDocument signed)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) })) signed.Save(writer);
        return stream.ToArray();
    }

    /// <summary>
    /// Whether the document's one ds:Signature verifies with <paramref name="certificate"/>'s key, every
    /// reference included (the certificate's trust is not judged here).
    /// </summary>
    public static bool Verifies(XmlDocument signed, X509Certificate2 certificate)
    {
        var signatures = signed.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl);
        if (signatures.Count != 1) return false;
        var check = new SignedXml(signed);
        check.LoadXml((XmlElement)signatures[0]!);
        return check.CheckSignature(certificate, verifySignatureOnly: true);
    }

    /// <summary>
    /// A copy of <paramref name="document"/> with the parts of the signature that references point into
    /// (KeyInfo, the XAdES object) where the signature will be, written and read back like the result.
    /// </summary>
    private static XmlDocument Draft(XmlDocument document, string signatureId, KeyInfo keyInfo, DataObject properties)
    {
        var draft = Reparsed(document.OuterXml);
        var signature = draft.CreateElement("Signature", SignedXml.XmlDsigNamespaceUrl);
        signature.SetAttribute("Id", signatureId);
        signature.AppendChild(draft.ImportNode(keyInfo.GetXml(), true));
        signature.AppendChild(draft.ImportNode(properties.GetXml(), true));
        draft.DocumentElement!.AppendChild(signature);
        return Reparsed(draft.OuterXml);
    }

    // Whitespace is content to a signature: kept as it is, never re-indented.
    private static XmlDocument Reparsed(string xml)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        return document;
    }
}
