using Blueindic.Api.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Blueindic.Api.Tests.Imports;

/// <summary>
/// Every kind of .xlsx the API writes, checked by a reader nobody here wrote: the Open XML SDK's
/// schema validator, plus the one rule of openpyxl's (no Python here) that the schema does not make.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class XlsxValidityTests(AppFixture app)
{
    private static async Task<TestTenant> TenantWithSomethingOfEverything(AppFixture app)
    {
        var tenant = await app.NewTenant();
        var client = (await tenant.RegisterClient(new
        {
            name = "=Muñoz & Hijos", legalName = "Muñoz e Hijos, S.L.", taxId = "12345678Z", email = "admin@munoz.es", phone = "600123456",
            address = new { line1 = "C/ Mayor; 3", city = "Barcelona", postalCode = "08001", province = "Barcelona" },
            paymentTermsDays = 45, equivalenceSurcharge = true, notes = "+34 600 123 456",
        })).GetProperty("id").GetGuid();
        await tenant.IssueSimpleInvoice(client, "2026-03-01", "2026-03-31");
        var second = await tenant.IssueSimpleInvoice(client, "2026-05-10", "2026-06-09");
        (await tenant.Post($"/api/invoices/{second.GetProperty("id").GetGuid()}/payments", new { amount = 21.5m, date = "2026-06-01" })).Status().ShouldBe(200);
        return tenant;
    }

    [Theory]
    [InlineData("/api/clients/export")]
    [InlineData("/api/invoices/export")]
    [InlineData("/api/receivables/export?asOf=2026-06-15")]
    [InlineData("/api/receivables/export?level=green&asOf=2000-01-01")] // no rows: the headers-only path
    [InlineData("/api/clients/imports/template")]
    public async Task Every_xlsx_the_API_writes_passes_the_Open_XML_validator(string url)
    {
        var tenant = await TenantWithSomethingOfEverything(app);

        var file = await tenant.Download(url);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        errors.ShouldBeEmpty(string.Join("\n", errors));
        // The schema lets a <fill> be empty; openpyxl (3.1) does not, and refuses the whole file.
        var fills = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ToList();
        fills.ShouldAllBe(f => f.PatternFill != null || f.GradientFill != null);
        fills.Count.ShouldBe((int)document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fills!.Count!.Value);
        document.WorkbookPart!.WorksheetParts.ShouldHaveSingleItem().Worksheet.Descendants<Row>().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Postal_codes_phones_and_tax_ids_are_text_cells_written_as_they_are()
    {
        var tenant = await TenantWithSomethingOfEverything(app);

        var sheet = Read(await tenant.Download("/api/clients/export"));

        var row = sheet[1];
        foreach (var header in (string[])["Código postal", "Teléfono", "NIF", "Nombre", "Notas"])
        {
            var cell = row[sheet[0].FindIndex(c => c.Text == header)];
            cell.IsText.ShouldBeTrue($"{header} is written as a {cell.Type}");
        }
        row.Select(c => c.Text).ShouldContain("08001");
        row.Select(c => c.Text).ShouldContain("600123456");
        row.Select(c => c.Text).ShouldContain("12345678Z");
        row.Select(c => c.Text).ShouldContain("=Muñoz & Hijos");
        row.Select(c => c.Text).ShouldContain("+34 600 123 456");
        var invoices = Read(await tenant.Download("/api/invoices/export"));
        var taxId = invoices[1][invoices[0].FindIndex(c => c.Text == "NIF cliente")];
        (taxId.IsText, taxId.Text).ShouldBe((true, "12345678Z"));
    }

    private sealed record XlsxCell(string Type, string? Text)
    {
        public bool IsText => Type is "s" or "str" or "inlineStr";
    }

    /// <summary>Each row's cells with their declared type (t attribute; "n" when absent) and text.</summary>
    private static List<List<XlsxCell>> Read(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r =>
        {
            var cells = new List<XlsxCell>();
            foreach (var c in r.Elements<Cell>())
            {
                var type = c.DataType?.Value is { } t ? ((IEnumValue)t).Value : "n";
                var text = type switch
                {
                    "s" => shared![int.Parse(c.CellValue!.Text)],
                    "inlineStr" => c.InlineString?.InnerText,
                    _ => c.CellValue?.Text,
                };
                // Place each cell by its reference (A1, B1…): a writer may leave empty cells out.
                var column = c.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, letter) => n * 26 + letter - 'A' + 1) - 1;
                while (cells.Count <= column) cells.Add(new XlsxCell("n", null));
                cells[column] = new XlsxCell(type, text);
            }
            return cells;
        }).ToList();
    }
}
