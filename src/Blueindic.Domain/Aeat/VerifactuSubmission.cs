namespace Blueindic.Domain.Aeat;

/// <summary>
/// One per business: where its submission of VERI*FACTU records to the AEAT stands. A batch is sent
/// with this stream locked, so two nodes never send the same records.
/// </summary>
/// <param name="NextSendAt">Not before this, the AEAT asked (TiempoEsperaEnvio), unless a batch is full.</param>
public sealed record VerifactuSubmission(Guid Id, long Batches, DateTimeOffset? NextSendAt)
{
    /// <summary>The most records one <c>RegFactuSistemaFacturacion</c> may carry.</summary>
    public const int MaxBatch = 1000;

    public static VerifactuSubmission Create(VerifactuSubmissionOpened e) => new(e.SubmissionId, 0, null);

    public VerifactuSubmission Apply(VerifactuBatchAnswered e) =>
        this with { Batches = Batches + 1, NextSendAt = e.AnsweredAt.AddSeconds(Math.Max(0, e.WaitSeconds)) };

    /// <summary>The AEAT's rule: send when the wait it asked for is over, or at once when 1,000 records are waiting.</summary>
    /// <remarks>A smaller batch size configured does not shorten the wait: only the AEAT's full batch does.</remarks>
    public bool MaySend(int pending, DateTimeOffset now) =>
        pending > 0 && (pending >= MaxBatch || NextSendAt is not { } next || now >= next);

    /// <summary>The batch size configured, kept within 1 and <see cref="MaxBatch"/>.</summary>
    public static int BatchSizeWithin(int configured) => Math.Clamp(configured, 1, MaxBatch);

    /// <summary>The submission stream id of a business: derived, so every business has exactly one.</summary>
    public static Guid StreamIdFor(string tenantId) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"verifactu-submission:{tenantId}")));
}
