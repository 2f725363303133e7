using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MiniExcelLibs;

namespace Blueindic.Readme.Tests;

/// <summary>
/// samples/clientes.xlsx, the file the README imports: written by MiniExcel (not by the API's own
/// writer), valid for the Open XML SDK, and holding exactly these rows — three good clients, a wrong
/// CIF, a tax id repeated, a bad e-mail, and a column the import does not know.
/// BLUEINDIC_APPROVE=1 writes it again from them.
/// </summary>
public sealed class SampleFileTests
{
    private static readonly string[][] Rows =
    [
        ["Nombre", "Razón social", "NIF", "Correo electrónico", "Teléfono", "Dirección", "Ciudad", "C.P.", "Comercial"],
        ["Ferretería López", "Ferretería López S.A.", "A58818501", "compras@ferreterialopez.example", "915 555 123", "Calle de Toledo 20", "Madrid", "28005", "Ana"],
        ["Jorge Martínez", "", "X1234567L", "jorge.martinez@correo.example", "", "Avenida de la Constitución 3", "Sevilla", "41004", "Ana"],
        ["Asesoría Delta", "Asesoría Delta S.C.", "J99216582", "info@asesoriadelta.example", "934 555 010", "Carrer de Balmes 7", "Barcelona", "08007", "Luis"],
        ["Talleres Sur", "", "B12345675", "", "", "Calle Feria 1", "Sevilla", "41003", "Luis"],
        ["Ferretería López (otra vez)", "", "a-58818501", "", "", "", "", "", ""],
        ["Lucía Gómez", "", "", "no-es-correo", "", "", "", "", ""],
    ];

    private static readonly string SamplePath = Repository.File("samples/clientes.xlsx");

    [Fact]
    public void The_sample_holds_its_rows_and_is_valid_open_xml()
    {
        if (Environment.GetEnvironmentVariable("BLUEINDIC_APPROVE") == "1") Write();

        using (var stream = File.OpenRead(SamplePath))
        {
            var read = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>()
                .Select(r => r.Values.Select(v => v?.ToString() ?? "").ToArray()).ToArray();
            read.ShouldBe(Rows);
        }
        using var document = SpreadsheetDocument.Open(SamplePath, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");
        errors.ShouldBeEmpty();
    }

    private static void Write()
    {
        var sheet = Rows.Select(r => r.Select((cell, i) => (Key: $"c{i}", Cell: (object?)cell)).ToDictionary(c => c.Key, c => c.Cell));
        Directory.CreateDirectory(Path.GetDirectoryName(SamplePath)!);
        using var file = File.Create(SamplePath);
        file.SaveAs(sheet, printHeader: false, sheetName: "Clientes");
    }
}
