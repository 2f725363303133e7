namespace Blueindic.Api.Receivables;

/// <param name="ClientCount">Clients with something still due, listed or not.</param>
public sealed record AgingReport(DateOnly AsOf, AgingBuckets Total, int ClientCount, IReadOnlyList<ClientAging> Clients);
