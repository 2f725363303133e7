using System.Text;
using System.Xml;
using System.Xml.Linq;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using static Blueindic.Api.Facturae.FacturaeText;

namespace Blueindic.Api.Facturae;

/// <summary>
/// An issued invoice as a Facturae 3.2.2 file (unsigned): one invoice in its own batch, issued by the
/// seller itself (Modality I, InvoiceIssuerType EM). Only the root is in the Facturae namespace: the
/// schema's elements are unqualified. Every amount is the invoice's own (SPAIN.md arithmetic, as
/// stored when it was issued), so the file's totals add up to the invoice's. docs/facturae.md maps each field.
/// </summary>
public static class FacturaeXml
{
    public static readonly XNamespace Namespace = "http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml";
    public static readonly XNamespace DsNamespace = "http://www.w3.org/2000/09/xmldsig#";
    public const string MediaType = "application/xml";
    public const string Euro = "EUR";

    /// <summary>What keeps this invoice from being a valid file (a party without tax id or address), or null.</summary>
    public static string? Gap(InvoiceIssued invoice)
    {
        var gap = FacturaeParty.Gap(invoice.Issuer, "The business") ?? FacturaeParty.Gap(invoice.Client, "The client");
        return gap is null ? null : $"Facturae needs both parties' tax id and address: {gap}";
    }

    /// <summary>The unsigned file. Call <see cref="Gap"/> first: a party it names would make an invalid file.</summary>
    /// <param name="correctedIssueDate">For a rectificativa, the issue date of the invoice it corrects (its tax period).</param>
    /// <param name="buyerCentres">The client's DIR3 codes, when it is a public administration.</param>
    public static XDocument Build(InvoiceIssued invoice, DateOnly? correctedIssueDate = null, Dir3Codes? buyerCentres = null)
    {
        if (Gap(invoice) is { } gap) throw new InvalidOperationException(gap);
        var a = invoice.Amounts;
        return new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Namespace + "Facturae",
                new XAttribute(XNamespace.Xmlns + "fe", Namespace),
                new XAttribute(XNamespace.Xmlns + "ds", DsNamespace),
                new XElement("FileHeader",
                    new XElement("SchemaVersion", "3.2.2"),
                    new XElement("Modality", "I"),
                    new XElement("InvoiceIssuerType", "EM"),
                    new XElement("Batch",
                        new XElement("BatchIdentifier", Max($"{invoice.Issuer.TaxId}{invoice.Number}", 70)),
                        new XElement("InvoicesCount", 1),
                        FacturaeInvoice.Amount("TotalInvoicesAmount", a.Total),
                        FacturaeInvoice.Amount("TotalOutstandingAmount", a.Total),
                        FacturaeInvoice.Amount("TotalExecutableAmount", a.Total),
                        new XElement("InvoiceCurrencyCode", Euro))),
                new XElement("Parties",
                    FacturaeParty.Of("SellerParty", invoice.Issuer),
                    FacturaeParty.Of("BuyerParty", invoice.Client, buyerCentres)),
                new XElement("Invoices", FacturaeInvoice.Of(invoice, correctedIssueDate))));
    }

    /// <summary>The file's bytes: UTF-8 without a byte-order mark, with its XML declaration.</summary>
    public static byte[] Bytes(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            document.Save(writer);
        return stream.ToArray();
    }

    /// <summary>The file name: the invoice number and .xml (.xsig is the custom for a signed file).</summary>
    public static string FileName(string number) => $"factura-{number}.xml";
}
