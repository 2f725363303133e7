using System.Xml;
using System.Xml.Schema;

namespace Blueindic.Api.Tests.Facturae;

/// <summary>Validates a document against the official Facturae 3.2.2 schema (with the XML Signature schema it imports).</summary>
internal static class FacturaeSchemaCheck
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    private const string Xades = "http://uri.etsi.org/01903/v1.3.2#";

    /// <summary>
    /// Every schema error and warning; empty when the document is valid. Warnings count (an element the
    /// schema does not know is only a warning), except inside the XAdES properties: ds:Object takes any
    /// content, validated laxly, and no XAdES schema is loaded here.
    /// </summary>
    public static IReadOnlyList<string> Errors(XmlDocument document)
    {
        var errors = new List<string>();
        int? xadesDepth = null;
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (sender, e) =>
        {
            var at = (XmlReader)sender!;
            // Its own attributes are validated before Read returns it: mark it from here too.
            if (at is { NodeType: XmlNodeType.Element, LocalName: "QualifyingProperties", NamespaceURI: Xades }) xadesDepth = at.Depth;
            var inXades = at.NamespaceURI == Xades || at.Depth > xadesDepth;
            if (e.Severity == XmlSeverityType.Error || !inXades)
                errors.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        };
        using var reader = XmlReader.Create(new StringReader(document.OuterXml), settings);
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "QualifyingProperties", NamespaceURI: Xades }) xadesDepth = reader.Depth;
            else if (reader is { NodeType: XmlNodeType.EndElement, LocalName: "QualifyingProperties", NamespaceURI: Xades }) xadesDepth = null;
        }
        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Schemas", "facturae");
        var set = new XmlSchemaSet { XmlResolver = null };
        // The W3C's schema for XML Signature starts with an internal DTD: read it, fetch nothing.
        var dtd = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
        using (var dsig = XmlReader.Create(Path.Combine(dir, "xmldsig-core-schema.xsd"), dtd)) set.Add(null, dsig);
        using (var facturae = XmlReader.Create(Path.Combine(dir, "Facturaev3_2_2.xsd"), dtd)) set.Add(null, facturae);
        set.Compile();
        return set;
    }
}
