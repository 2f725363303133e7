using System.Security.Cryptography.Xml;
using System.Xml;

namespace Blueindic.Api.Facturae;

/// <summary>
/// A <see cref="SignedXml"/> that can digest elements of the signature it is computing (the KeyInfo and
/// the XAdES SignedProperties). SignedXml resolves <c>#id</c> references only inside the document, where
/// the signature is not yet; so they are looked up in <paramref name="context"/>, a copy of the document
/// with a draft of the signature already appended. Inclusive canonicalization renders the namespaces in
/// scope, so the draft must sit where the signature will: same root, same parents, same declarations.
/// </summary>
internal sealed class XadesSignedXml(XmlDocument document, XmlDocument context) : SignedXml(document)
{
    public override XmlElement? GetIdElement(XmlDocument? doc, string idValue) =>
        base.GetIdElement(doc, idValue) ?? base.GetIdElement(context, idValue);
}
