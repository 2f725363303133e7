namespace Blueindic.Api.Projections;

/// <param name="Lifecycle">inline (current in the command's own answer) or async (built by the daemon).</param>
/// <param name="Sequence">The last event sequence the projection has processed (async only).</param>
/// <param name="Lag">High-water mark minus sequence: events not yet reflected (0 for inline).</param>
public sealed record ProjectionStatus(string Name, string Lifecycle, long? Sequence, long HighWaterMark, long Lag);
