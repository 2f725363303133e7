using System.Xml;
using System.Xml.Schema;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// The official Facturae 3.2.2 schema (Schemas/facturae/, as the Ministerio de Hacienda publishes it) with
/// the W3C XML-DSig schema it imports, loaded without any resolver that could reach the network.
/// </summary>
public static class FacturaeSchemas
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static XmlSchemaSet Schemas => Set.Value;

    /// <summary>Every error and warning the schema finds in <paramref name="xml"/> (empty when valid).</summary>
    public static IReadOnlyList<string> Problems(byte[] xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read()) { }
        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Schemas", "facturae");
        var set = new XmlSchemaSet { XmlResolver = null };
        var problems = new List<string>();
        set.ValidationEventHandler += (_, e) => problems.Add(e.Message);
        // xmldsig-core-schema.xsd opens with a DOCTYPE: parse its DTD, fetch nothing.
        var dtd = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
        foreach (var file in new[] { "xmldsig-core-schema.xsd", "Facturaev3_2_2.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(folder, file), dtd);
            set.Add(null, reader);
        }
        set.Compile();
        if (problems.Count > 0) throw new InvalidOperationException("The Facturae schemas do not load: " + string.Join("; ", problems));
        return set;
    }
}
