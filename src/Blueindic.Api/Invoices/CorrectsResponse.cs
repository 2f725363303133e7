using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Invoices;

/// <param name="Ground">The legal ground of the correction (R1 <c>error</c>, R2 <c>insolvency</c>, R3 <c>uncollectible</c>, R4 <c>other</c>).</param>
public sealed record CorrectsResponse(Guid InvoiceId, string Number, string Reason, bool Cancels, CorrectionGround Ground);
