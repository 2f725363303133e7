using System.Xml.Linq;
using Blueindic.Domain.Aeat;
using static Blueindic.Api.Verifactu.AeatNamespaces;

namespace Blueindic.Api.Verifactu;

/// <summary>The records of one batch by chain position, and the AEAT's lines matched back to them.</summary>
public sealed record AeatBatch(IReadOnlyList<(long Position, XElement Record)> Records)
{
    /// <summary>
    /// The AEAT names each record by its invoice (issuer, number, date) and operation, not by position:
    /// an alta and the anulación of the same invoice in one batch differ by operation. A line naming no
    /// record sent is ignored; a record no line names stays pending.
    /// </summary>
    public IReadOnlyList<VerifactuBatchAnswered.Outcome> Outcomes(AeatAnswer answer)
    {
        var byKey = answer.Lines.GroupBy(l => (l.IssuerTaxId, l.Number, l.IssueDate, l.Operation)).ToDictionary(g => g.Key, g => g.Last());
        return Records
            .Select(r => byKey.TryGetValue(Key(r.Record), out var line)
                ? new VerifactuBatchAnswered.Outcome(r.Position, line.Status, line.ErrorCode, line.ErrorDescription, line.HeldStatus)
                : null)
            .OfType<VerifactuBatchAnswered.Outcome>()
            .ToList();
    }

    /// <summary>The identification the AEAT answers with, read from the record as sent.</summary>
    public static (string, string, string, string) Key(XElement record)
    {
        var annulment = record.Name == Sf + "RegistroAnulacion";
        var suffix = annulment ? "Anulada" : "";
        var id = record.Element(Sf + "IDFactura")!;
        return (id.Element(Sf + "IDEmisorFactura" + suffix)!.Value, id.Element(Sf + "NumSerieFactura" + suffix)!.Value,
            id.Element(Sf + "FechaExpedicionFactura" + suffix)!.Value, annulment ? "Anulacion" : "Alta");
    }
}
