namespace Blueindic.Domain.Aeat;

/// <summary>
/// The AEAT answered a batch of VERI*FACTU records (<c>RespuestaRegFactuSistemaFacturacion</c>): its verdict
/// on the batch and on each record, and how long it asks to wait before the next batch. Statuses and codes
/// are kept as the AEAT wrote them.
/// </summary>
/// <param name="BatchStatus">EstadoEnvio: Correcto, ParcialmenteCorrecto or Incorrecto.</param>
/// <param name="Csv">The AEAT's receipt code (CSV) for an accepted batch.</param>
/// <param name="WaitSeconds">TiempoEsperaEnvio: no batch before this many seconds, unless it is full.</param>
/// <param name="Records">One per record the answer named; a record sent but not named stays pending.</param>
public sealed record VerifactuBatchAnswered(Guid BatchId, string Endpoint, DateTimeOffset SentAt, DateTimeOffset AnsweredAt,
    int RecordsSent, string BatchStatus, string? Csv, int WaitSeconds, IReadOnlyList<VerifactuBatchAnswered.Outcome> Records)
{
    /// <param name="Position">The record's place in the business's chain.</param>
    /// <param name="Status">EstadoRegistro: Correcto, AceptadoConErrores or Incorrecto.</param>
    /// <param name="HeldStatus">
    /// RegistroDuplicado/EstadoRegistroDuplicado: the record was refused as one the AEAT already holds
    /// (sent before, its answer lost), in this state: Correcta, AceptadaConErrores or Anulada.
    /// </param>
    public sealed record Outcome(long Position, string Status, int? ErrorCode, string? ErrorDescription, string? HeldStatus = null);
}
