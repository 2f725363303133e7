using System.Xml;
using System.Xml.Schema;

namespace Blueindic.Api.Tests.Facturae;

/// <summary>
/// Validates a signed document against the official Facturae 3.2.2 schema (<see cref="Support.FacturaeSchemas"/>),
/// warnings included, except the lax ones inside the XAdES properties.
/// </summary>
internal static class FacturaeSchemaCheck
{
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
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Support.FacturaeSchemas.Schemas };
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

}
