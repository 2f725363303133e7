using System.Text;
using Blueindic.Api.Facturae;
using Blueindic.Api.Tests.Support;

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
