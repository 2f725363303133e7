using System.Xml.Linq;
using static Blueindic.Api.Verifactu.AeatNamespaces;

namespace Blueindic.Api.Verifactu;

/// <summary>A batch of records as the AEAT's SOAP service takes it: <c>RegFactuSistemaFacturacion</c> in a SOAP 1.1 envelope.</summary>
public static class AeatEnvelope
{
    /// <param name="issuerName">ObligadoEmision's NombreRazon: the business as registered.</param>
    /// <param name="records">RegistroAlta or RegistroAnulacion elements, in chain order, at most 1,000.</param>
    public static XDocument Build(string issuerName, string issuerTaxId, IEnumerable<XElement> records) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "soapenv", Soap),
                new XAttribute(XNamespace.Xmlns + "sfLR", SfLR),
                new XAttribute(XNamespace.Xmlns + "sf", Sf),
                new XElement(Soap + "Header"),
                new XElement(Soap + "Body", Batch(issuerName, issuerTaxId, records))));

    /// <summary>The body alone, as SuministroLR.xsd defines it.</summary>
    public static XElement Batch(string issuerName, string issuerTaxId, IEnumerable<XElement> records) =>
        new(SfLR + "RegFactuSistemaFacturacion",
            new XElement(SfLR + "Cabecera",
                new XElement(Sf + "ObligadoEmision",
                    new XElement(Sf + "NombreRazon", Truncated(issuerName, 120)),
                    new XElement(Sf + "NIF", issuerTaxId))),
            records.Select(r => new XElement(SfLR + "RegistroFactura", r)));

    private static string Truncated(string text, int max) => text.Length <= max ? text : text[..max];
}
