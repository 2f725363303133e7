using System.Globalization;
using System.Xml.Linq;
using Blueindic.Domain.Aeat;
using static Blueindic.Api.Verifactu.AeatNamespaces;

namespace Blueindic.Api.Verifactu;

/// <summary>The AEAT's answer to a batch (<c>RespuestaRegFactuSistemaFacturacion</c>), as read from its SOAP body.</summary>
/// <param name="BatchStatus">EstadoEnvio: Correcto, ParcialmenteCorrecto or Incorrecto.</param>
/// <param name="WaitSeconds">TiempoEsperaEnvio.</param>
public sealed record AeatAnswer(string BatchStatus, string? Csv, int WaitSeconds, IReadOnlyList<AeatAnswer.Line> Lines)
{
    /// <summary>One RespuestaLinea: a record named by its invoice and operation (Alta or Anulacion).</summary>
    /// <param name="HeldStatus">EstadoRegistroDuplicado, when the record was refused as one the AEAT already holds.</param>
    public sealed record Line(string IssuerTaxId, string Number, string IssueDate, string Operation, string Status,
        int? ErrorCode, string? ErrorDescription, string? HeldStatus = null);

    /// <summary>Reads a SOAP answer; a fault, or anything else than the AEAT's answer, is <see cref="AeatRefused"/>.</summary>
    public static AeatAnswer Parse(string soap)
    {
        XDocument document;
        try { document = XDocument.Parse(soap); }
        catch (System.Xml.XmlException e) { throw new AeatRefused($"The answer is not XML: {e.Message}"); }
        var body = document.Root?.Element(Soap + "Body");
        if (body?.Element(Soap + "Fault") is { } fault)
            throw new AeatRefused($"SOAP fault {fault.Element("faultcode")?.Value}: {fault.Element("faultstring")?.Value}");
        var answer = body?.Element(SfR + "RespuestaRegFactuSistemaFacturacion")
            ?? throw new AeatRefused("The answer holds no RespuestaRegFactuSistemaFacturacion.");
        return new AeatAnswer(
            Required(answer, SfR + "EstadoEnvio"),
            answer.Element(SfR + "CSV")?.Value,
            int.TryParse(answer.Element(SfR + "TiempoEsperaEnvio")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var wait) ? wait : 60,
            answer.Elements(SfR + "RespuestaLinea").Select(ReadLine).ToList());
    }

    private static Line ReadLine(XElement line)
    {
        var id = line.Element(SfR + "IDFactura") ?? throw new AeatRefused("A RespuestaLinea without IDFactura.");
        var status = Required(line, SfR + "EstadoRegistro");
        if (!VerifactuRecordStatus.IsAeatStatus(status)) throw new AeatRefused($"An EstadoRegistro the AEAT does not answer with: {status}.");
        return new Line(
            Required(id, Sf + "IDEmisorFactura"), Required(id, Sf + "NumSerieFactura"), Required(id, Sf + "FechaExpedicionFactura"),
            line.Element(SfR + "Operacion")?.Element(Sf + "TipoOperacion")?.Value ?? "Alta",
            status,
            int.TryParse(line.Element(SfR + "CodigoErrorRegistro")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : null,
            line.Element(SfR + "DescripcionErrorRegistro")?.Value,
            line.Element(SfR + "RegistroDuplicado")?.Element(Sf + "EstadoRegistroDuplicado")?.Value);
    }

    private static string Required(XElement parent, XName name) =>
        parent.Element(name)?.Value ?? throw new AeatRefused($"The answer lacks {name.LocalName}.");
}

/// <summary>The AEAT did not take the batch as a whole (a SOAP fault, an answer of another shape): no record was answered.</summary>
public sealed class AeatRefused(string message) : Exception(message);
