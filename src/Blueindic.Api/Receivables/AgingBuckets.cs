namespace Blueindic.Api.Receivables;

/// <summary>Amounts still due per aging bucket: not yet due, then 1–30, 31–60, 61–90 and over 90 days past due.</summary>
public sealed record AgingBuckets(decimal NotDue, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90, decimal Total);
