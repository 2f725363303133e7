using System.Xml;

namespace Blueindic.Api.Tests.Facturae;

/// <summary>
/// A small Facturae 3.2.2 invoice written by hand (one line, 21 % VAT), valid against the official schema:
/// something to sign that does not depend on the API's own Facturae writer.
/// </summary>
internal static class SampleFacturae
{
    public const string Namespace = "http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml";

    public static XmlDocument Unsigned()
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(Xml);
        return document;
    }

    // Indented on purpose: the whitespace between elements is signed content too.
    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <fe:Facturae xmlns:fe="http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
          <FileHeader>
            <SchemaVersion>3.2.2</SchemaVersion>
            <Modality>I</Modality>
            <InvoiceIssuerType>EM</InvoiceIssuerType>
            <Batch>
              <BatchIdentifier>B12345678A-2026-0001</BatchIdentifier>
              <InvoicesCount>1</InvoicesCount>
              <TotalInvoicesAmount><TotalAmount>121.00</TotalAmount></TotalInvoicesAmount>
              <TotalOutstandingAmount><TotalAmount>121.00</TotalAmount></TotalOutstandingAmount>
              <TotalExecutableAmount><TotalAmount>121.00</TotalAmount></TotalExecutableAmount>
              <InvoiceCurrencyCode>EUR</InvoiceCurrencyCode>
            </Batch>
          </FileHeader>
          <Parties>
            <SellerParty>
              <TaxIdentification>
                <PersonTypeCode>J</PersonTypeCode>
                <ResidenceTypeCode>R</ResidenceTypeCode>
                <TaxIdentificationNumber>B12345678</TaxIdentificationNumber>
              </TaxIdentification>
              <LegalEntity>
                <CorporateName>Empresa de Prueba SL</CorporateName>
                <AddressInSpain>
                  <Address>Calle Mayor 1</Address>
                  <PostCode>28013</PostCode>
                  <Town>Madrid</Town>
                  <Province>Madrid</Province>
                  <CountryCode>ESP</CountryCode>
                </AddressInSpain>
              </LegalEntity>
            </SellerParty>
            <BuyerParty>
              <TaxIdentification>
                <PersonTypeCode>J</PersonTypeCode>
                <ResidenceTypeCode>R</ResidenceTypeCode>
                <TaxIdentificationNumber>P2800000J</TaxIdentificationNumber>
              </TaxIdentification>
              <LegalEntity>
                <CorporateName>Ayuntamiento de Ejemplo</CorporateName>
                <AddressInSpain>
                  <Address>Plaza de la Villa 1</Address>
                  <PostCode>28005</PostCode>
                  <Town>Madrid</Town>
                  <Province>Madrid</Province>
                  <CountryCode>ESP</CountryCode>
                </AddressInSpain>
              </LegalEntity>
            </BuyerParty>
          </Parties>
          <Invoices>
            <Invoice>
              <InvoiceHeader>
                <InvoiceNumber>0001</InvoiceNumber>
                <InvoiceSeriesCode>A2026</InvoiceSeriesCode>
                <InvoiceDocumentType>FC</InvoiceDocumentType>
                <InvoiceClass>OO</InvoiceClass>
              </InvoiceHeader>
              <InvoiceIssueData>
                <IssueDate>2026-11-30</IssueDate>
                <InvoiceCurrencyCode>EUR</InvoiceCurrencyCode>
                <TaxCurrencyCode>EUR</TaxCurrencyCode>
                <LanguageName>es</LanguageName>
              </InvoiceIssueData>
              <TaxesOutputs>
                <Tax>
                  <TaxTypeCode>01</TaxTypeCode>
                  <TaxRate>21.00</TaxRate>
                  <TaxableBase><TotalAmount>100.00</TotalAmount></TaxableBase>
                  <TaxAmount><TotalAmount>21.00</TotalAmount></TaxAmount>
                </Tax>
              </TaxesOutputs>
              <InvoiceTotals>
                <TotalGrossAmount>100.00</TotalGrossAmount>
                <TotalGrossAmountBeforeTaxes>100.00</TotalGrossAmountBeforeTaxes>
                <TotalTaxOutputs>21.00</TotalTaxOutputs>
                <TotalTaxesWithheld>0.00</TotalTaxesWithheld>
                <InvoiceTotal>121.00</InvoiceTotal>
                <TotalOutstandingAmount>121.00</TotalOutstandingAmount>
                <TotalExecutableAmount>121.00</TotalExecutableAmount>
              </InvoiceTotals>
              <Items>
                <InvoiceLine>
                  <ItemDescription>Mantenimiento de jardines, noviembre</ItemDescription>
                  <Quantity>1.0</Quantity>
                  <UnitOfMeasure>01</UnitOfMeasure>
                  <UnitPriceWithoutTax>100.00</UnitPriceWithoutTax>
                  <TotalCost>100.00</TotalCost>
                  <GrossAmount>100.00</GrossAmount>
                  <TaxesOutputs>
                    <Tax>
                      <TaxTypeCode>01</TaxTypeCode>
                      <TaxRate>21.00</TaxRate>
                      <TaxableBase><TotalAmount>100.00</TotalAmount></TaxableBase>
                      <TaxAmount><TotalAmount>21.00</TotalAmount></TaxAmount>
                    </Tax>
                  </TaxesOutputs>
                </InvoiceLine>
              </Items>
            </Invoice>
          </Invoices>
        </fe:Facturae>
        """;
}
