using System.Text;
using Blueindic.Api.Facturae;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Tests.Invoices;

/// <summary>The parts of the Facturae file that need no host: name splitting, and the schema oracle itself.</summary>
public sealed class FacturaePartsTests
{
    [Theory]
    [InlineData("Lucía Fernández Gil", "Lucía", "Fernández", "Gil")]
    [InlineData("María José García López", "María José", "García", "López")]
    [InlineData("Juan de la Fuente Martín", "Juan", "de la Fuente", "Martín")]
    [InlineData("Pedro Sánchez", "Pedro", "Sánchez", null)]
    [InlineData("García López, María José", "María José", "García", "López")]
    [InlineData("Cher", "Cher", "", null)]
    public void A_natural_persons_name_splits_into_name_and_surnames(string full, string name, string first, string? second) =>
        PersonName.Split(full).ShouldBe(new PersonName(name, first, second));

    [Theory]
    [InlineData("01001", "Araba/Álava")]
    [InlineData("08001", "Barcelona")]
    [InlineData("28801", "Madrid")]
    [InlineData("38001", "S.C. Tenerife")]
    [InlineData("52001", "Melilla")]
    [InlineData("00001", null)]
    [InlineData("53001", null)]
    [InlineData("2801", null)]
    public void A_Spanish_postal_code_names_its_province(string postCode, string? province) =>
        SpanishProvinces.OfPostCode(postCode).ShouldBe(province);

    [Fact]
    public void Every_province_fits_Facturaes_twenty_characters() =>
        Enumerable.Range(1, 52).Select(n => SpanishProvinces.OfPostCode($"{n:00}000")).ShouldAllBe(p => p != null && p.Length <= 20);

    [Theory]
    [InlineData("F-2026-0001", "F", "2026-0001")]
    [InlineData("R-2026-000000000000000000001", "R", "2026-000000000000000")]
    [InlineData("SINSERIE0000000000000000001", "", "SINSERIE000000000000")]
    public void An_invoice_number_splits_into_series_and_number_within_twenty_characters(string full, string series, string number) =>
        FacturaeInvoice.InvoiceNumber(full).ShouldBe((series, number));

    [Theory]
    [InlineData(CorrectionGround.Error, "16", "Base imponible")]
    [InlineData(CorrectionGround.Insolvency, "85", "Base imponible modificada cuotas repercutidas no satisfechas. Auto de declaración de concurso")]
    [InlineData(CorrectionGround.Uncollectible, "16", "Base imponible")]
    [InlineData(CorrectionGround.Other, "16", "Base imponible")]
    public void A_corrections_ground_sets_its_reason_code_and_the_schemas_text(CorrectionGround ground, string code, string description) =>
        FacturaeInvoice.Reason(ground).ShouldBe((code, description));

    [Fact]
    public void The_schema_oracle_refuses_what_Facturae_3_2_2_does_not_allow()
    {
        // A minimal file the schema takes, then the same with a wrong class, an amount with nine decimals, another namespace.
        const string Valid = """
            <?xml version="1.0" encoding="UTF-8"?>
            <fe:Facturae xmlns:fe="http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml">
              <FileHeader><SchemaVersion>3.2.2</SchemaVersion><Modality>I</Modality><InvoiceIssuerType>EM</InvoiceIssuerType>
                <Batch><BatchIdentifier>B1</BatchIdentifier><InvoicesCount>1</InvoicesCount>
                  <TotalInvoicesAmount><TotalAmount>1.00</TotalAmount></TotalInvoicesAmount>
                  <TotalOutstandingAmount><TotalAmount>1.00</TotalAmount></TotalOutstandingAmount>
                  <TotalExecutableAmount><TotalAmount>1.00</TotalAmount></TotalExecutableAmount>
                  <InvoiceCurrencyCode>EUR</InvoiceCurrencyCode></Batch></FileHeader>
              <Parties>
                <SellerParty><TaxIdentification><PersonTypeCode>J</PersonTypeCode><ResidenceTypeCode>R</ResidenceTypeCode><TaxIdentificationNumber>B64717838</TaxIdentificationNumber></TaxIdentification>
                  <LegalEntity><CorporateName>A</CorporateName><AddressInSpain><Address>x</Address><PostCode>28013</PostCode><Town>Madrid</Town><Province>Madrid</Province><CountryCode>ESP</CountryCode></AddressInSpain></LegalEntity></SellerParty>
                <BuyerParty><TaxIdentification><PersonTypeCode>J</PersonTypeCode><ResidenceTypeCode>R</ResidenceTypeCode><TaxIdentificationNumber>A58818501</TaxIdentificationNumber></TaxIdentification>
                  <LegalEntity><CorporateName>B</CorporateName><AddressInSpain><Address>x</Address><PostCode>28013</PostCode><Town>Madrid</Town><Province>Madrid</Province><CountryCode>ESP</CountryCode></AddressInSpain></LegalEntity></BuyerParty>
              </Parties>
              <Invoices><Invoice>
                <InvoiceHeader><InvoiceNumber>1</InvoiceNumber><InvoiceDocumentType>FC</InvoiceDocumentType><InvoiceClass>OO</InvoiceClass></InvoiceHeader>
                <InvoiceIssueData><IssueDate>2026-11-30</IssueDate><InvoiceCurrencyCode>EUR</InvoiceCurrencyCode><TaxCurrencyCode>EUR</TaxCurrencyCode><LanguageName>es</LanguageName></InvoiceIssueData>
                <TaxesOutputs><Tax><TaxTypeCode>01</TaxTypeCode><TaxRate>0.00</TaxRate><TaxableBase><TotalAmount>1.00</TotalAmount></TaxableBase></Tax></TaxesOutputs>
                <InvoiceTotals><TotalGrossAmount>1.00</TotalGrossAmount><TotalGrossAmountBeforeTaxes>1.00</TotalGrossAmountBeforeTaxes><TotalTaxOutputs>0.00</TotalTaxOutputs>
                  <TotalTaxesWithheld>0.00</TotalTaxesWithheld><InvoiceTotal>1.00</InvoiceTotal><TotalOutstandingAmount>1.00</TotalOutstandingAmount><TotalExecutableAmount>1.00</TotalExecutableAmount></InvoiceTotals>
                <Items><InvoiceLine><ItemDescription>x</ItemDescription><Quantity>1</Quantity><UnitPriceWithoutTax>1.00</UnitPriceWithoutTax><TotalCost>1.00</TotalCost><GrossAmount>1.00</GrossAmount>
                  <TaxesOutputs><Tax><TaxTypeCode>01</TaxTypeCode><TaxRate>0.00</TaxRate><TaxableBase><TotalAmount>1.00</TotalAmount></TaxableBase></Tax></TaxesOutputs></InvoiceLine></Items>
              </Invoice></Invoices>
            </fe:Facturae>
            """;
        FacturaeSchemas.Problems(Encoding.UTF8.GetBytes(Valid)).ShouldBeEmpty();
        FacturaeSchemas.Problems(Encoding.UTF8.GetBytes(Valid.Replace("<InvoiceClass>OO", "<InvoiceClass>XX"))).ShouldNotBeEmpty();
        FacturaeSchemas.Problems(Encoding.UTF8.GetBytes(Valid.Replace("<InvoiceTotal>1.00", "<InvoiceTotal>1.000000001"))).ShouldNotBeEmpty();
        FacturaeSchemas.Problems(Encoding.UTF8.GetBytes(Valid.Replace("fe:Facturae xmlns:fe=\"http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml\"", "fe:Facturae xmlns:fe=\"urn:other\""))).ShouldNotBeEmpty();
    }
}
