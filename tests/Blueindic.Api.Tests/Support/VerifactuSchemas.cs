using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// The AEAT's VERI*FACTU schemas (Schemas/verifactu/, copied byte for byte), compiled once into one
/// set. xmldsig-core-schema.xsd opens with a DOCTYPE, so every file is read with the DTD parsed and
/// no resolver: nothing is fetched, the imports are satisfied by the files added here.
/// </summary>
public static class VerifactuSchemas
{
    public const string SuministroInformacion =
        "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroInformacion.xsd";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Schemas", "verifactu");

    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        var errors = new List<string>();
        set.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        var reading = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
        foreach (var file in new[] { "xmldsig-core-schema.xsd", "SuministroInformacion.xsd", "SuministroLR.xsd", "RespuestaSuministro.xsd", "ConsultaLR.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(Folder, file), reading);
            set.Add(null, reader);
        }
        set.Compile();
        if (errors.Count > 0) throw new InvalidOperationException("The VERI*FACTU schemas did not compile: " + string.Join("; ", errors));
        return set;
    });

    public static XmlSchemaSet Schemas => Set.Value;

    /// <summary>Every error and warning validating <paramref name="element"/> as a document root; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(XElement element) => Validate(new XDocument(new XElement(element)));

    /// <summary>Every error and warning validating <paramref name="document"/>; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(XDocument document)
    {
        var problems = new List<string>();
        // Re-read from text, so what is validated is what a receiver would parse.
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas, XmlResolver = null };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(document.ToString(SaveOptions.DisableFormatting)), settings);
        while (reader.Read()) { }
        return problems;
    }
}
