namespace Blueindic.Domain.Invoices;

/// <summary>What a corrective invoice (series R) corrects, and on what legal ground.</summary>
/// <param name="Cancels">True when it cancels the original whole; false for a correction by differences.</param>
public sealed record CorrectionOf(Guid InvoiceId, string Number, string Reason, bool Cancels, CorrectionGround Ground = CorrectionGround.Error);
