using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Blueindic.Api.Facturae;
using Blueindic.Api.Tests.Support;
using Blueindic.Projections.Invoices;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Invoices;

/// <summary>
/// GET /api/invoices/{id}/facturae: every file checked against the official Facturae 3.2.2 schema
/// (zero errors, zero warnings), and its key values against the invoice the API answers.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FacturaeTests(AppFixture app)
{
    private const string Iban = "ES9121000418450200051332";
    private static readonly object Madrid = new { line1 = "Calle Mayor 1", city = "Madrid", postalCode = "28013", province = "Madrid" };

    [Fact]
    public async Task An_ordinary_invoice_is_a_valid_file_whose_totals_are_the_invoices()
    {
        var tenant = await Business(iban: true);
        var client = await Client(tenant, new { name = "Talleres Ibáñez", legalName = "Talleres Ibáñez S.A.", taxId = "A58818501", address = Madrid });
        var invoice = await tenant.IssueInvoice(new
        {
            clientId = client,
            notes = "Pedido 42",
            lines = new[]
            {
                new { description = "Diseño", quantity = 2m, unitPrice = 150.5m, vatRate = 21m },
                new { description = "Libros", quantity = 3m, unitPrice = 12.3333m, vatRate = 4m },
            },
        });

        var result = await tenant.Get($"/api/invoices/{Id(invoice)}/facturae");
        result.Status().ShouldBe(200, result.ReadAsText());
        result.Context.Response.ContentType.ShouldBe("application/xml");
        result.Header("Content-Disposition").ShouldBe($"attachment; filename=\"factura-{Text(invoice, "number")}.xml\"");
        var file = await Valid(tenant, invoice);
        Encoding.UTF8.GetString(file.Bytes).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");

        var x = file.Xml;
        Value(x, "FileHeader/SchemaVersion").ShouldBe("3.2.2");
        (Value(x, "FileHeader/Modality"), Value(x, "FileHeader/InvoiceIssuerType")).ShouldBe(("I", "EM"));
        Value(x, "FileHeader/Batch/TotalInvoicesAmount/TotalAmount").ShouldBe(Two(invoice, "total"));
        var seller = x.Root!.Element("Parties")!.Element("SellerParty")!;
        (Value(seller, "TaxIdentification/PersonTypeCode"), Value(seller, "TaxIdentification/ResidenceTypeCode"),
            Value(seller, "TaxIdentification/TaxIdentificationNumber")).ShouldBe(("J", "R", "B64717838"));
        Value(seller, "LegalEntity/AddressInSpain/CountryCode").ShouldBe("ESP");
        var buyer = x.Root!.Element("Parties")!.Element("BuyerParty")!;
        (Value(buyer, "LegalEntity/CorporateName"), Value(buyer, "LegalEntity/TradeName")).ShouldBe(("Talleres Ibáñez S.A.", "Talleres Ibáñez"));
        buyer.Element("AdministrativeCentres").ShouldBeNull();

        var inv = Invoice(x);
        (Value(inv, "InvoiceHeader/InvoiceSeriesCode"), Value(inv, "InvoiceHeader/InvoiceNumber"))
            .ShouldBe(("F", Text(invoice, "number")["F-".Length..]));
        Value(inv, "InvoiceHeader/InvoiceClass").ShouldBe("OO");
        inv.Element("InvoiceHeader")!.Element("Corrective").ShouldBeNull();
        (Value(inv, "InvoiceIssueData/IssueDate"), Value(inv, "InvoiceIssueData/LanguageName")).ShouldBe((Text(invoice, "issueDate"), "es"));
        (Value(inv, "InvoiceIssueData/InvoiceCurrencyCode"), Value(inv, "InvoiceIssueData/TaxCurrencyCode")).ShouldBe(("EUR", "EUR"));
        TotalsMatch(inv, invoice);
        TaxesMatch(inv, invoice);
        inv.Element("TaxesWithheld").ShouldBeNull();
        var lines = inv.Element("Items")!.Elements("InvoiceLine").ToList();
        lines.Count.ShouldBe(2);
        (Value(lines[1], "Quantity"), Value(lines[1], "UnitPriceWithoutTax"), Value(lines[1], "TotalCost"), Value(lines[1], "GrossAmount"))
            .ShouldBe(("3", "12.3333", "37.00", "37.00"));
        Value(lines[1], "TaxesOutputs/Tax/TaxRate").ShouldBe("4.00");
        Value(inv, "PaymentDetails/Installment/InstallmentDueDate").ShouldBe(Text(invoice, "dueDate"));
        Value(inv, "PaymentDetails/Installment/InstallmentAmount").ShouldBe(Two(invoice, "total"));
        (Value(inv, "PaymentDetails/Installment/PaymentMeans"), Value(inv, "PaymentDetails/Installment/AccountToBeCredited/IBAN")).ShouldBe(("04", Iban));
        Value(inv, "AdditionalData/InvoiceAdditionalInformation").ShouldBe("Pedido 42");
    }

    [Fact]
    public async Task Recargo_de_equivalencia_is_written_per_rate_and_counts_in_the_tax_outputs()
    {
        var tenant = await Business();
        var client = await Client(tenant, new { name = "Panadería Muñoz", taxId = "B99286320", equivalenceSurcharge = true, address = Madrid });
        var invoice = await tenant.IssueInvoice(new
        {
            clientId = client,
            lines = new[]
            {
                new { description = "Harina", quantity = 10m, unitPrice = 3.15m, vatRate = 10m },
                new { description = "Bolsas", quantity = 1m, unitPrice = 40m, vatRate = 21m },
            },
        });
        var inv = Invoice((await Valid(tenant, invoice)).Xml);
        var taxes = inv.Element("TaxesOutputs")!.Elements("Tax").ToDictionary(t => Value(t, "TaxRate"));
        (Value(taxes["21.00"], "EquivalenceSurcharge"), Value(taxes["21.00"], "EquivalenceSurchargeAmount/TotalAmount")).ShouldBe(("5.20", "2.08"));
        (Value(taxes["10.00"], "EquivalenceSurcharge"), Value(taxes["10.00"], "EquivalenceSurchargeAmount/TotalAmount")).ShouldBe(("1.40", "0.44"));
        TaxesMatch(inv, invoice);
        TotalsMatch(inv, invoice);
        Value(inv, "InvoiceTotals/TotalTaxOutputs").ShouldBe(Two(Amount(invoice, "vatTotal") + Amount(invoice, "surchargeTotal")));
        inv.Element("Items")!.Elements("InvoiceLine").Select(l => Value(l, "TaxesOutputs/Tax/EquivalenceSurcharge")).ShouldBe(["1.40", "5.20"]);
    }

    [Fact]
    public async Task IRPF_is_a_tax_withheld_and_a_line_discount_a_discount_of_the_line()
    {
        var tenant = await Business();
        var client = await Client(tenant, new { name = "Estudio Norte", taxId = "B64717838", address = Madrid });
        var invoice = await tenant.IssueInvoice(new
        {
            clientId = client,
            withholdingRate = 15m,
            lines = new[] { new { description = "Asesoría", quantity = 3m, unitPrice = 10.125m, discountPercent = 10m, vatRate = 21m } },
        });
        var inv = Invoice((await Valid(tenant, invoice)).Xml);
        var withheld = inv.Element("TaxesWithheld")!.Elements("Tax").Single();
        (Value(withheld, "TaxTypeCode"), Value(withheld, "TaxRate")).ShouldBe(("04", "15.00"));
        Value(withheld, "TaxableBase/TotalAmount").ShouldBe(Two(invoice, "netTotal"));
        Value(withheld, "TaxAmount/TotalAmount").ShouldBe(Two(invoice, "withholdingTotal"));
        TotalsMatch(inv, invoice);

        // 3 × 10.125 = 30.375 → 30.38 at cost; net round(30.375 × 0.9) = 27.34; the discount is the rest.
        var line = inv.Element("Items")!.Element("InvoiceLine")!;
        (Value(line, "UnitPriceWithoutTax"), Value(line, "TotalCost"), Value(line, "GrossAmount")).ShouldBe(("10.125", "30.38", "27.34"));
        (Value(line, "DiscountsAndRebates/Discount/DiscountRate"), Value(line, "DiscountsAndRebates/Discount/DiscountAmount")).ShouldBe(("10.00", "3.04"));
        Value(line, "GrossAmount").ShouldBe(Two(invoice.GetProperty("lines")[0], "net"));
    }

    [Fact]
    public async Task A_rectificativa_names_the_invoice_it_corrects_by_differences_with_its_grounds_reason()
    {
        var tenant = await Business(iban: true);
        var client = await Client(tenant, new { name = "Talleres Ibáñez", taxId = "A58818501", address = Madrid });
        var original = await tenant.IssueSimpleInvoice(client);
        var other = await tenant.IssueSimpleInvoice(client);

        var differences = await tenant.Post($"/api/invoices/{Id(original)}/corrections",
            new { reason = "Descuento pactado", lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -10, vatRate = 21 } } });
        differences.Status().ShouldBe(201, differences.ReadAsText());
        var byDifferences = differences.Json();
        var cancelled = await tenant.Post($"/api/invoices/{Id(other)}/corrections", new { reason = "Cliente en concurso", ground = "insolvency" });
        cancelled.Status().ShouldBe(201, cancelled.ReadAsText());
        var cancellation = cancelled.Json();

        // Both by differences, as VERI*FACTU records them (TipoRectificativa I); the reason code follows the ground.
        foreach (var (corrective, corrected, code, reason) in new[]
                 {
                     (byDifferences, original, "16", "Base imponible"),
                     (cancellation, other, "85", "Base imponible modificada cuotas repercutidas no satisfechas. Auto de declaración de concurso"),
                 })
        {
            var inv = Invoice((await Valid(tenant, corrective)).Xml);
            (Value(inv, "InvoiceHeader/InvoiceSeriesCode"), Value(inv, "InvoiceHeader/InvoiceClass")).ShouldBe(("R", "OR"));
            var c = inv.Element("InvoiceHeader")!.Element("Corrective")!;
            (Value(c, "InvoiceSeriesCode") + "-" + Value(c, "InvoiceNumber")).ShouldBe(Text(corrected, "number"));
            Value(c, "InvoiceIssueDate").ShouldBe(Text(corrected, "issueDate"));
            (Value(c, "ReasonCode"), Value(c, "ReasonDescription")).ShouldBe((code, reason));
            (Value(c, "CorrectionMethod"), Value(c, "CorrectionMethodDescription")).ShouldBe(("02", "Rectificación por diferencias"));
            Value(c, "AdditionalReasonDescription").ShouldBe(corrective.GetProperty("corrects").GetProperty("reason").GetString());
            var issued = DateOnly.Parse(Text(corrected, "issueDate"), CultureInfo.InvariantCulture);
            DateOnly.Parse(Value(c, "TaxPeriod/StartDate"), CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo(issued);
            DateOnly.Parse(Value(c, "TaxPeriod/EndDate"), CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(issued);
            TotalsMatch(inv, corrective);
            Amount(corrective, "total").ShouldBeLessThan(0);
            // Nothing to pay on a rectificativa that lowers the debt.
            inv.Element("PaymentDetails").ShouldBeNull();
        }
        Value(Invoice((await Valid(tenant, cancellation)).Xml), "InvoiceTotals/InvoiceTotal").ShouldBe("-121.00");

        // Without the corrected invoice's date there is no file: its own date would be a wrong period.
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant.TenantId.ToString());
        var view = (await session.LoadAsync<InvoiceView>(Id(cancellation)))!;
        Should.Throw<ArgumentNullException>(() => FacturaeXml.Build(view.Issued, correctedIssueDate: null));
    }

    [Fact]
    public async Task An_annulled_invoice_is_no_Facturae_file()
    {
        var tenant = await Business(iban: true);
        var client = await Client(tenant, new { name = "Talleres Ibáñez", taxId = "A58818501", address = Madrid });
        var invoice = await tenant.IssueSimpleInvoice(client);
        (await tenant.Post($"/api/invoices/{Id(invoice)}/annul", new { reason = "Emitida por error" },
            new Dictionary<string, string> { ["If-Match"] = "\"1\"" })).Status().ShouldBe(200);
        var refused = await tenant.Get($"/api/invoices/{Id(invoice)}/facturae");
        refused.Status().ShouldBe(409);
        refused.Json().GetProperty("detail").GetString().ShouldBe("The invoice is annulled.");
    }

    [Fact]
    public async Task A_public_administration_gets_its_three_administrative_centres()
    {
        var tenant = await Business(iban: true);
        var client = await Client(tenant, new
        {
            name = "Ayuntamiento de Ejemplo", taxId = "P2807900B",
            address = new { line1 = "Plaza Mayor 1", city = "Alcalá de Henares", postalCode = "28801", province = "Madrid" },
            dir3 = new { accountingOffice = "LA0002345", managementBody = "L01280053", processingUnit = "LA0002346" },
        });
        var invoice = await tenant.IssueSimpleInvoice(client);
        var buyer = (await Valid(tenant, invoice)).Xml.Root!.Element("Parties")!.Element("BuyerParty")!;
        var centres = buyer.Element("AdministrativeCentres")!.Elements("AdministrativeCentre")
            .Select(c => (Value(c, "RoleTypeCode"), Value(c, "CentreCode"), Value(c, "CentreDescription"))).ToList();
        centres.ShouldBe([("01", "LA0002345", "Oficina contable"), ("02", "L01280053", "Órgano gestor"), ("03", "LA0002346", "Unidad tramitadora")]);
        buyer.Element("AdministrativeCentres")!.Elements("AdministrativeCentre")
            .ShouldAllBe(c => c.Element("AddressInSpain")!.Element("PostCode")!.Value == "28801");
        Value(buyer, "TaxIdentification/PersonTypeCode").ShouldBe("J");

        // Codes added after issuing reach the file: they route it, they are not part of the invoice.
        var later = await Client(tenant, new { name = "Diputación", taxId = "S2800001F", address = Madrid });
        var earlier = await tenant.IssueSimpleInvoice(later);
        (await Valid(tenant, earlier)).Xml.Root!.Element("Parties")!.Element("BuyerParty")!.Element("AdministrativeCentres").ShouldBeNull();
        (await tenant.Put($"/api/clients/{later}", new
        {
            name = "Diputación", taxId = "S2800001F", address = Madrid,
            dir3 = new { accountingOffice = "L02000028", managementBody = "L02000028", processingUnit = "L02000028" },
        })).Status().ShouldBe(200);
        (await Valid(tenant, earlier)).Xml.Root!.Element("Parties")!.Element("BuyerParty")!
            .Element("AdministrativeCentres")!.Elements().Count().ShouldBe(3);
    }

    [Fact]
    public async Task A_natural_person_is_an_Individual_and_without_an_IBAN_there_are_no_payment_details()
    {
        var tenant = await Business(taxId: "12345678Z", name: "Lucía Fernández Gil");
        var client = await Client(tenant, new { name = "María José García López", taxId = "X1234567L", address = Madrid });
        var invoice = await tenant.IssueSimpleInvoice(client);
        var x = (await Valid(tenant, invoice)).Xml;
        var buyer = x.Root!.Element("Parties")!.Element("BuyerParty")!;
        (Value(buyer, "TaxIdentification/PersonTypeCode"), Value(buyer, "TaxIdentification/ResidenceTypeCode")).ShouldBe(("F", "R"));
        (Value(buyer, "Individual/Name"), Value(buyer, "Individual/FirstSurname"), Value(buyer, "Individual/SecondSurname"))
            .ShouldBe(("María José", "García", "López"));
        var seller = x.Root!.Element("Parties")!.Element("SellerParty")!;
        (Value(seller, "Individual/Name"), Value(seller, "Individual/FirstSurname"), Value(seller, "Individual/SecondSurname"))
            .ShouldBe(("Lucía", "Fernández", "Gil"));
        // A transfer (04) must name the account to credit: without the business's IBAN, no payment details.
        Invoice(x).Element("PaymentDetails").ShouldBeNull();

        // One word is a name without surname: FirstSurname (TextMax40Type, no minimum) stays empty and valid.
        var single = await tenant.IssueSimpleInvoice(await Client(tenant, new { name = "Cher", taxId = "Y1234567X", address = Madrid }));
        var named = (await Valid(tenant, single)).Xml.Root!.Element("Parties")!.Element("BuyerParty")!;
        (Value(named, "Individual/Name"), Value(named, "Individual/FirstSurname")).ShouldBe(("Cher", ""));
    }

    [Fact]
    public async Task A_Spanish_address_without_a_province_takes_its_postal_codes()
    {
        var tenant = await Business();
        var client = await Client(tenant, new { name = "Talleres Ibáñez", taxId = "A58818501",
            address = new { line1 = "Plaza Mayor 1", city = "Alcalá de Henares", postalCode = "28801" } });
        var invoice = await tenant.IssueSimpleInvoice(client);
        var buyer = (await Valid(tenant, invoice)).Xml.Root!.Element("Parties")!.Element("BuyerParty")!;
        (Value(buyer, "LegalEntity/AddressInSpain/Town"), Value(buyer, "LegalEntity/AddressInSpain/Province")).ShouldBe(("Alcalá de Henares", "Madrid"));
    }

    [Fact]
    public async Task A_client_in_another_member_state_is_resident_in_the_EU_with_an_overseas_address()
    {
        var tenant = await Business();
        var client = await Client(tenant, new
        {
            name = "Müller Consulting GmbH", taxId = "DE123456788",
            address = new { line1 = "Friedrichstraße 100", city = "Berlin", postalCode = "10117", country = "DE" },
        });
        var invoice = await tenant.IssueInvoice(new { clientId = client, lines = new[] { new { description = "Consultoría", quantity = 1, unitPrice = 500, vatRate = 0 } } });
        var buyer = (await Valid(tenant, invoice)).Xml.Root!.Element("Parties")!.Element("BuyerParty")!;
        (Value(buyer, "TaxIdentification/PersonTypeCode"), Value(buyer, "TaxIdentification/ResidenceTypeCode"),
            Value(buyer, "TaxIdentification/TaxIdentificationNumber")).ShouldBe(("J", "U", "DE123456788"));
        (Value(buyer, "LegalEntity/OverseasAddress/PostCodeAndTown"), Value(buyer, "LegalEntity/OverseasAddress/CountryCode"))
            .ShouldBe(("10117 Berlin", "DEU"));
        buyer.Element("LegalEntity")!.Element("AddressInSpain").ShouldBeNull();
    }

    [Fact]
    public async Task An_unknown_invoice_is_404_and_a_party_without_tax_id_or_address_409()
    {
        var tenant = await Business();
        var unknown = await tenant.Get($"/api/invoices/{Guid.NewGuid()}/facturae");
        unknown.Status().ShouldBe(404);
        unknown.Context.Response.ContentType.ShouldBe("application/problem+json");

        var anonymous = await tenant.IssueSimpleInvoice(await tenant.NewClient("Sin NIF"));
        var refused = await tenant.Get($"/api/invoices/{Id(anonymous)}/facturae");
        refused.Status().ShouldBe(409);
        refused.Json().GetProperty("detail").GetString()!.ShouldContain("The client has no tax id");

        var homeless = await app.NewTenant("Sin Domicilio", "B64717838");
        var client = await Client(homeless, new { name = "Cliente", taxId = "A58818501", address = Madrid });
        var invoice = await homeless.IssueSimpleInvoice(client);
        (await homeless.Get($"/api/invoices/{Id(invoice)}/facturae")).Json().GetProperty("detail").GetString()!
            .ShouldContain("The business has no address");
    }

    private sealed record FacturaeFile(byte[] Bytes, XDocument Xml);

    /// <summary>The file of an invoice, which must pass the official schema without an error or a warning.</summary>
    private static async Task<FacturaeFile> Valid(TestTenant tenant, JsonElement invoice)
    {
        var bytes = await tenant.Download($"/api/invoices/{Id(invoice)}/facturae");
        FacturaeSchemas.Problems(bytes).ShouldBeEmpty(Encoding.UTF8.GetString(bytes));
        return new FacturaeFile(bytes, XDocument.Load(new MemoryStream(bytes)));
    }

    private async Task<TestTenant> Business(bool iban = false, string taxId = "B64717838", string name = "Estudio Nogal SL")
    {
        var tenant = await app.NewTenant(name, taxId, new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014", province = "Madrid" });
        if (iban)
        {
            var put = await tenant.Put("/api/settings/business", new
            {
                tradeName = "Nogal Estudio", legalName = name, address = new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014", province = "Madrid" },
                email = "hola@nogal.example", phone = "+34 910 000 000", iban = "ES91 2100 0418 4502 0005 1332",
            });
            put.Status().ShouldBe(200, put.ReadAsText());
        }
        return tenant;
    }

    private static async Task<Guid> Client(TestTenant tenant, object body) => (await tenant.RegisterClient(body)).GetProperty("id").GetGuid();

    private static void TotalsMatch(XElement inv, JsonElement invoice)
    {
        var totals = inv.Element("InvoiceTotals")!;
        Value(totals, "TotalGrossAmount").ShouldBe(Two(invoice, "netTotal"));
        Value(totals, "TotalGrossAmountBeforeTaxes").ShouldBe(Two(invoice, "netTotal"));
        Value(totals, "TotalTaxOutputs").ShouldBe(Two(Amount(invoice, "vatTotal") + Amount(invoice, "surchargeTotal")));
        Value(totals, "TotalTaxesWithheld").ShouldBe(Two(invoice, "withholdingTotal"));
        Value(totals, "InvoiceTotal").ShouldBe(Two(invoice, "total"));
        Value(totals, "TotalOutstandingAmount").ShouldBe(Two(invoice, "total"));
        Value(totals, "TotalExecutableAmount").ShouldBe(Two(invoice, "total"));
        // The file adds up by itself, too: lines to gross, gross + outputs − withheld to the total.
        inv.Element("Items")!.Elements("InvoiceLine").Sum(l => Dec(Value(l, "GrossAmount"))).ShouldBe(Dec(Value(totals, "TotalGrossAmount")));
        (Dec(Value(totals, "TotalGrossAmountBeforeTaxes")) + Dec(Value(totals, "TotalTaxOutputs")) - Dec(Value(totals, "TotalTaxesWithheld")))
            .ShouldBe(Dec(Value(totals, "InvoiceTotal")));
    }

    private static void TaxesMatch(XElement inv, JsonElement invoice)
    {
        var written = inv.Element("TaxesOutputs")!.Elements("Tax")
            .Select(t => (Value(t, "TaxTypeCode"), Value(t, "TaxRate"), Value(t, "TaxableBase/TotalAmount"), Value(t, "TaxAmount/TotalAmount"))).ToList();
        var expected = invoice.GetProperty("taxes").EnumerateArray()
            .Select(t => ("01", Two(t, "vatRate"), Two(t, "base"), Two(t, "vat"))).ToList();
        written.ShouldBe(expected);
    }

    private static XElement Invoice(XDocument x) => x.Root!.Element("Invoices")!.Elements("Invoice").Single();

    private static string Value(XContainer at, string path) =>
        path.Split('/').Aggregate((XElement?)(at as XElement ?? ((XDocument)at).Root), (e, name) => e?.Element(name))?.Value
        ?? throw new ShouldAssertException($"No {path} in the file.");

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();
    private static string Text(JsonElement e, string name) => e.GetProperty(name).GetString()!;
    private static decimal Amount(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
    private static string Two(JsonElement e, string name) => Two(Amount(e, name));
    private static string Two(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
