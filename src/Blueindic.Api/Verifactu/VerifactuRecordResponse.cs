using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Verifactu;

/// <summary>One record of the VERI*FACTU chain.</summary>
/// <param name="InvoiceId">The invoice recorded (alta) or annulled (anulacion).</param>
/// <param name="RecordType"><c>alta</c> or <c>anulacion</c>.</param>
/// <param name="Number">NumSerieFactura: the invoice's number (the annulled invoice's, on an anulacion).</param>
/// <param name="IssueDate">FechaExpedicionFactura: the invoice's issue date.</param>
/// <param name="InvoiceType">TipoFactura (F1, R1–R4); null on an anulacion.</param>
/// <param name="CuotaTotal">CuotaTotal exactly as hashed; null on an anulacion.</param>
/// <param name="ImporteTotal">ImporteTotal exactly as hashed; null on an anulacion.</param>
/// <param name="Status">Where the record stands with the AEAT: <c>pending</c>, <c>accepted</c> or <c>rejected</c>.</param>
/// <param name="Submission">The AEAT's answer on the record, with its error code and reason; null while pending.</param>
public sealed record VerifactuRecordResponse(Guid InvoiceId, string Number, string RecordType, long Position, string Hash,
    string PreviousHash, DateTimeOffset GeneratedAt, string IssuerTaxId, DateOnly IssueDate, string? InvoiceType,
    string? CuotaTotal, string? ImporteTotal, string Status, VerifactuRecordSubmission? Submission)
{
    public static VerifactuRecordResponse From(VerifactuRecordView r) => new(
        InvoiceId: r.InvoiceId, Number: r.Number, RecordType: r.RecordType, Position: r.Position, Hash: r.Hash,
        PreviousHash: r.PreviousHash, GeneratedAt: r.GeneratedAt, IssuerTaxId: r.IssuerTaxId, IssueDate: r.IssueDate,
        InvoiceType: r.InvoiceType, CuotaTotal: r.CuotaTotal, ImporteTotal: r.ImporteTotal,
        Status: r.Status, Submission: r.Submission);
}
