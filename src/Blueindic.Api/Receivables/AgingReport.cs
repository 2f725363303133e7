namespace Blueindic.Api.Receivables;

public sealed record AgingReport(DateOnly AsOf, AgingBuckets Total, IReadOnlyList<ClientAging> Clients);
