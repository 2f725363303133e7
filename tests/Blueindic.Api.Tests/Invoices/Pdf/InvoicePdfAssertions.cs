using System.Globalization;
using System.Text.Json;
using Blueindic.Api.Tests.Support;
using static Blueindic.Api.Tests.Support.Pdfs;

namespace Blueindic.Api.Tests.Invoices.Pdf;

/// <summary>Every legal item of an invoice (SPAIN.md "Invoice document"), expected from the API's own JSON of it.</summary>
internal static class InvoicePdfAssertions
{
    public static void ShowsEveryLegalItem(PdfReadBack pdf, JsonElement invoice)
    {
        var first = pdf.Pages[0];
        var last = pdf.Pages[^1];
        var all = pdf.All;
        var corrective = invoice.GetProperty("corrects").ValueKind != JsonValueKind.Null;

        pdf.Title.ShouldBe(corrective ? "Factura rectificativa" : "Factura");
        first.ShouldContain($"Número {Text(invoice, "number")}");
        first.ShouldContain($"Serie {Text(invoice, "series")}");
        first.ShouldContain($"Fecha de expedición {Date(Text(invoice, "issueDate"))}");
        first.ShouldContain("VERI*FACTU");
        first.ShouldContain("Factura verificable en la sede electrónica de la AEAT");

        Party(first, invoice.GetProperty("issuer"), "EMISOR");
        Party(first, invoice.GetProperty("client"), "CLIENTE");

        foreach (var line in invoice.GetProperty("lines").EnumerateArray())
            all.ShouldContain($"{Text(line, "description")} {Quantity(line.GetProperty("quantity").GetDecimal())} {Money(Amount(line, "unitPrice"))} " +
                              $"{Percent(Amount(line, "discountPercent"))} {Percent(Amount(line, "vatRate"))} {Money(Amount(line, "net"))}");

        var surcharge = invoice.GetProperty("taxes").EnumerateArray().Any(t => Amount(t, "surchargeRate") != 0);
        foreach (var tax in invoice.GetProperty("taxes").EnumerateArray())
            last.ShouldContain($"{Money(Amount(tax, "base"))} {Percent(Amount(tax, "vatRate"))} {Money(Amount(tax, "vat"))}" +
                               (surcharge ? $" {Percent(Amount(tax, "surchargeRate"))} {Money(Amount(tax, "surcharge"))}" : ""));
        last.ShouldContain($"Base imponible {Money(Amount(invoice, "netTotal"))}");
        last.ShouldContain($"IVA {Money(Amount(invoice, "vatTotal"))}");
        if (Amount(invoice, "surchargeTotal") != 0) last.ShouldContain($"Recargo de equivalencia {Money(Amount(invoice, "surchargeTotal"))}");
        else all.ShouldNotContain("Recargo de equivalencia");
        if (Amount(invoice, "withholdingTotal") != 0)
            last.ShouldContain($"Retención IRPF ({Percent(Amount(invoice, "withholdingRate"))}) {Money(-Amount(invoice, "withholdingTotal"))}");
        else all.ShouldNotContain("Retención IRPF");
        last.ShouldContain($"Total factura {Money(Amount(invoice, "total"))}");
        last.ShouldContain($"Vencimiento {Date(Text(invoice, "dueDate"))}");
        if (invoice.GetProperty("notes").GetString() is { } notes) last.ShouldContain($"Observaciones {notes}");

        for (var i = 0; i < pdf.Pages.Count; i++) pdf.Pages[i].ShouldEndWith($"Página {i + 1} de {pdf.Pages.Count}");
        // Totals once, on the last page only.
        pdf.Pages.Count(p => p.Contains("Total factura")).ShouldBe(1);

        Fonts(pdf.Bytes).ShouldNotBeEmpty();
        Fonts(pdf.Bytes).ShouldAllBe(f => f.Embedded);
        QrText(pdf.Bytes).ShouldBe(Text(invoice.GetProperty("verifactu"), "qrUrl"));
    }

    private static void Party(string page, JsonElement party, string heading)
    {
        page.ShouldContain(heading);
        page.ShouldContain(Text(party, "name"));
        if (party.GetProperty("taxId").GetString() is { } taxId) page.ShouldContain($"NIF: {taxId}");
        if (party.GetProperty("address") is { ValueKind: JsonValueKind.Object } a)
        {
            if (a.GetProperty("line1").GetString() is { } line1) page.ShouldContain(line1);
            page.ShouldContain($"{a.GetProperty("postalCode").GetString()} {a.GetProperty("city").GetString()}");
        }
    }

    public static string Text(JsonElement e, string name) => e.GetProperty(name).GetString()!;
    public static decimal Amount(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
    private static string Quantity(decimal q) => q.ToString("0.###", new NumberFormatInfo { NumberDecimalSeparator = "," });
}
