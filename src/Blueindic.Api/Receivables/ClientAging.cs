namespace Blueindic.Api.Receivables;

public sealed record ClientAging(Guid ClientId, string ClientName, AgingBuckets Buckets);
