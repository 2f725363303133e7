using System.Xml.Linq;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;
using static Blueindic.Domain.Invoices.Verifactu;

namespace Blueindic.Api.Verifactu;

/// <summary>
/// A chain record as the AEAT's XML: <c>sf:RegistroAlta</c> or <c>sf:RegistroAnulacion</c> of
/// SuministroInformacion.xsd (version 1.0). Identification, amounts and the timestamp are the very
/// texts the record hashed, so the Huella can be recomputed from the XML's own fields.
/// </summary>
public static class VerifactuXml
{
    public static readonly XNamespace Sf = AeatNamespaces.Sf;

    /// <summary>The record's element, with the <c>sf</c> prefix declared on it.</summary>
    public static XElement Record(VerifactuRecordSource source, VerifactuSoftware software)
    {
        var element = source.Record.RecordType == VerifactuRecordView.Anulacion
            ? Anulacion(source, software)
            : Alta(source, software);
        element.Add(new XAttribute(XNamespace.Xmlns + "sf", Sf));
        return element;
    }

    private static XElement Alta(VerifactuRecordSource source, VerifactuSoftware software)
    {
        var r = source.Record;
        var invoice = source.Invoice ?? throw new InvalidOperationException($"The invoice of record {r.Position} was not loaded.");
        var corrective = invoice.Corrects is not null;
        return new XElement(Sf + "RegistroAlta",
            new XElement(Sf + "IDVersion", "1.0"),
            new XElement(Sf + "IDFactura",
                new XElement(Sf + "IDEmisorFactura", r.IssuerTaxId),
                new XElement(Sf + "NumSerieFactura", r.Number),
                new XElement(Sf + "FechaExpedicionFactura", Date(r.IssueDate))),
            new XElement(Sf + "NombreRazonEmisor", Text(invoice.Issuer.LegalName ?? invoice.Issuer.Name, 120)),
            new XElement(Sf + "TipoFactura", r.InvoiceType),
            // Every corrective here states the difference (its lines are the change, negative to cancel): "I".
            corrective ? new XElement(Sf + "TipoRectificativa", "I") : null,
            corrective ? Corrected(source) : null,
            new XElement(Sf + "DescripcionOperacion", Description(invoice)),
            invoice.Client.TaxId is null ? new XElement(Sf + "FacturaSinIdentifDestinatarioArt61d", "S") : null,
            invoice.Client.TaxId is { } taxId
                ? new XElement(Sf + "Destinatarios", new XElement(Sf + "IDDestinatario",
                    new XElement(Sf + "NombreRazon", Text(invoice.Client.LegalName ?? invoice.Client.Name, 120)),
                    Identification(taxId, invoice.Client.Address?.Country)))
                : null,
            new XElement(Sf + "Desglose", invoice.Amounts.Taxes.Select(Detail)),
            new XElement(Sf + "CuotaTotal", r.CuotaTotal),
            new XElement(Sf + "ImporteTotal", r.ImporteTotal),
            Chaining(source.Previous),
            System(software),
            new XElement(Sf + "FechaHoraHusoGenRegistro", Instant(r.GeneratedAt)),
            new XElement(Sf + "TipoHuella", "01"),
            new XElement(Sf + "Huella", r.Hash));
    }

    private static XElement Anulacion(VerifactuRecordSource source, VerifactuSoftware software)
    {
        var r = source.Record;
        return new XElement(Sf + "RegistroAnulacion",
            new XElement(Sf + "IDVersion", "1.0"),
            new XElement(Sf + "IDFactura",
                new XElement(Sf + "IDEmisorFacturaAnulada", r.IssuerTaxId),
                new XElement(Sf + "NumSerieFacturaAnulada", r.Number),
                new XElement(Sf + "FechaExpedicionFacturaAnulada", Date(r.IssueDate))),
            Chaining(source.Previous),
            System(software),
            new XElement(Sf + "FechaHoraHusoGenRegistro", Instant(r.GeneratedAt)),
            new XElement(Sf + "TipoHuella", "01"),
            new XElement(Sf + "Huella", r.Hash));
    }

    private static XElement Corrected(VerifactuRecordSource source)
    {
        var c = source.Corrected ?? throw new InvalidOperationException($"The invoice record {source.Record.Position} corrects was not loaded.");
        return new XElement(Sf + "FacturasRectificadas", new XElement(Sf + "IDFacturaRectificada",
            new XElement(Sf + "IDEmisorFactura", c.IssuerTaxId),
            new XElement(Sf + "NumSerieFactura", c.Number),
            new XElement(Sf + "FechaExpedicionFactura", Date(c.IssueDate))));
    }

    /// <summary>A corrective's reason (its notes), else what was sold: the lines' descriptions, up to 500 characters.</summary>
    private static string Description(InvoiceIssued invoice)
    {
        var text = invoice.Corrects is { } c
            ? $"Rectificación de {c.Number}: {c.Reason}"
            : string.Join("; ", invoice.Amounts.Lines.Select(l => l.Description.Trim()).Where(d => d.Length > 0).Distinct());
        return Text(text.Length > 0 ? text : invoice.Notes ?? "Factura " + invoice.Number, 500);
    }

    /// <summary>A Spanish NIF as NIF; an EU VAT number as IDOtro type 02 (NIF-IVA) under its country's ISO code.</summary>
    private static XElement Identification(string taxId, string? addressCountry)
    {
        if (TaxId.TryParse(taxId, out var id, out _) && id.Kind != TaxIdKind.EuVat) return new XElement(Sf + "NIF", id.Value);
        var isVat = id?.Kind == TaxIdKind.EuVat;
        var country = isVat ? id!.Value[..2] switch { "EL" => "GR", "XI" => "GB", var p => p } : addressCountry;
        return new XElement(Sf + "IDOtro",
            country is { Length: 2 } && country != "ES" ? new XElement(Sf + "CodigoPais", country) : null,
            // 06: another supporting document, for a tax id this system could not read as NIF or VAT number.
            new XElement(Sf + "IDType", isVat ? "02" : "06"),
            new XElement(Sf + "ID", Text(taxId, 20)));
    }

    /// <summary>One VAT rate: ordinary VAT (01) under the general regime (01), subject and not exempt (S1), with its recargo if any.</summary>
    private static XElement Detail(InvoiceIssued.Tax t) => new(Sf + "DetalleDesglose",
        new XElement(Sf + "Impuesto", "01"),
        new XElement(Sf + "ClaveRegimen", "01"),
        new XElement(Sf + "CalificacionOperacion", "S1"),
        new XElement(Sf + "TipoImpositivo", Amount(t.VatRate)),
        new XElement(Sf + "BaseImponibleOimporteNoSujeto", Amount(t.Base)),
        new XElement(Sf + "CuotaRepercutida", Amount(t.Vat)),
        t.SurchargeRate != 0 ? new XElement(Sf + "TipoRecargoEquivalencia", Amount(t.SurchargeRate)) : null,
        t.SurchargeRate != 0 ? new XElement(Sf + "CuotaRecargoEquivalencia", Amount(t.Surcharge)) : null);

    /// <summary>The previous record by the identification it carries (an anulación's: the annulled invoice's) and its hash.</summary>
    private static XElement Chaining(VerifactuRecordView? previous) => new(Sf + "Encadenamiento",
        previous is null
            ? new XElement(Sf + "PrimerRegistro", "S")
            : new XElement(Sf + "RegistroAnterior",
                new XElement(Sf + "IDEmisorFactura", previous.IssuerTaxId),
                new XElement(Sf + "NumSerieFactura", previous.Number),
                new XElement(Sf + "FechaExpedicionFactura", Date(previous.IssueDate)),
                new XElement(Sf + "Huella", previous.Hash)));

    private static XElement System(VerifactuSoftware s) => new(Sf + "SistemaInformatico",
        new XElement(Sf + "NombreRazon", Text(s.ProducerName, 120)),
        new XElement(Sf + "NIF", s.ProducerTaxId),
        new XElement(Sf + "NombreSistemaInformatico", Text(s.Name, 30)),
        new XElement(Sf + "IdSistemaInformatico", s.Id),
        new XElement(Sf + "Version", Text(s.Version, 50)),
        new XElement(Sf + "NumeroInstalacion", Text(s.InstallationNumber, 100)),
        new XElement(Sf + "TipoUsoPosibleSoloVerifactu", s.OnlyVerifactu ? "S" : "N"),
        new XElement(Sf + "TipoUsoPosibleMultiOT", s.MultipleTaxpayersPossible ? "S" : "N"),
        new XElement(Sf + "IndicadorMultiplesOT", s.MultipleTaxpayers ? "S" : "N"));

    /// <summary>Text cut to the schema's limit, on a whole character.</summary>
    private static string Text(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
