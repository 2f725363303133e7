namespace Blueindic.Projections.Invoices;

/// <summary>The AEAT's answer on one record, as it wrote it.</summary>
/// <param name="AeatStatus">EstadoRegistro: Correcto, AceptadoConErrores or Incorrecto.</param>
/// <param name="Csv">The receipt code (CSV) of the batch, when the AEAT gave one.</param>
public sealed record VerifactuRecordSubmission(Guid BatchId, DateTimeOffset AnsweredAt, string AeatStatus, int? ErrorCode,
    string? ErrorDescription, string? Csv);
