using JasperFx.Events.Projections;

namespace Blueindic.Api.EventStore;

/// <summary>The registered projections and how each is kept (for the projections status endpoint).</summary>
public sealed class ReadModels
{
    private readonly List<(string Name, ProjectionLifecycle Lifecycle)> _all = [];

    public IReadOnlyList<(string Name, ProjectionLifecycle Lifecycle)> All => _all;

    internal void Add(string name, ProjectionLifecycle lifecycle)
    {
        if (!_all.Any(r => r.Name == name)) _all.Add((name, lifecycle));
    }
}
