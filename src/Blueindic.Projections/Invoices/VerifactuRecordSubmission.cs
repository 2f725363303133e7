namespace Blueindic.Projections.Invoices;

/// <summary>The AEAT's answer on one record, as it wrote it.</summary>
/// <param name="AeatStatus">EstadoRegistro: Correcto, AceptadoConErrores or Incorrecto.</param>
/// <param name="Csv">The receipt code (CSV) of the batch, when the AEAT gave one.</param>
/// <param name="HeldStatus">
/// When the AEAT refused the record as a duplicate of one it holds (sent before, that answer lost): the state it
/// holds it in (Correcta, AceptadaConErrores, Anulada). The record then counts as accepted.
/// </param>
public sealed record VerifactuRecordSubmission(Guid BatchId, DateTimeOffset AnsweredAt, string AeatStatus, int? ErrorCode,
    string? ErrorDescription, string? Csv, string? HeldStatus);
