namespace Blueindic.Api.Verifactu;

/// <summary>
/// When the business's next submission is due, the AEAT's wait over: one per business, so records chained
/// during a wait schedule one wake-up between them, not one each.
/// </summary>
public sealed record VerifactuSubmissionWake
{
    public Guid Id { get; init; }
    public DateTimeOffset? At { get; init; }
}
