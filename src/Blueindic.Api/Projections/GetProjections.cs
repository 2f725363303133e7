using Blueindic.Api.Auth;
using JasperFx.Events.Projections;
using Microsoft.AspNetCore.Authorization;
using Blueindic.Api.EventStore;

namespace Blueindic.Api.Projections;

public static class GetProjectionsEndpoint
{
    /// <summary>Each projection, how it is kept, and how far behind the event store it is.</summary>
    /// <remarks>Admin key only: sequences are store-wide, across every business.</remarks>
    [WolverineGet("/api/projections"), NotTenanted, Tags("Admin")]
    [Authorize(Policy = BlueindicClaims.AdminPolicy)]
    [ProducesResponseType<IReadOnlyList<ProjectionStatus>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<ProjectionStatus>> Get(IDocumentStore store, ReadModels readModels, CancellationToken ct)
    {
        var progress = await store.Advanced.AllProjectionProgress(token: ct);
        var highWater = progress.FirstOrDefault(p => p.ShardName == "HighWaterMark")?.Sequence
                        ?? (await store.Advanced.FetchEventStoreStatistics(token: ct)).EventSequenceNumber;
        return readModels.All.Select(r =>
        {
            if (r.Lifecycle != ProjectionLifecycle.Async) return new ProjectionStatus(r.Name, "inline", null, highWater, 0);
            var sequence = progress.Where(p => p.ShardName.StartsWith($"{r.Name}:", StringComparison.Ordinal)).Select(p => p.Sequence).DefaultIfEmpty(0).Min();
            return new ProjectionStatus(r.Name, "async", sequence, highWater, Math.Max(0, highWater - sequence));
        }).ToList();
    }
}
