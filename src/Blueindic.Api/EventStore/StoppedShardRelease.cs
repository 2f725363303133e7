using JasperFx;
using JasperFx.Events.Daemon;

namespace Blueindic.Api.EventStore;

/// <summary>
/// Gives a stopped async projection back to the HotCold election. When PostgreSQL restarts under
/// several nodes, its advisory locks vanish and may be taken again by another node while the old
/// one still runs the projection for a moment; whichever of the two then writes second stops with
/// "progression out of order" (nothing is counted twice: that batch rolls back). Marten restarts a
/// paused projection but never a stopped one, and the stopped one may be the lock holder's: the
/// projection would stand still until that node restarts (the fault drill saw exactly this).
/// Removing the stopped agent lets the coordinator's next poll start it again, only on the node
/// that holds the lock.
/// </summary>
public sealed class StoppedShardRelease(IProjectionCoordinator coordinator, ILogger<StoppedShardRelease> log) : BackgroundService
{
    /// <summary>Twice the leadership poll: the node without the lock has stopped its own copy by then.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stop))
        {
            try
            {
                await ReleaseStoppedAsync();
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                log.LogWarning(e, "Could not look at the async projections' agents; trying again in {Period}", Period);
            }
        }
    }

    /// <returns>The shards released.</returns>
    public async Task<IReadOnlyList<string>> ReleaseStoppedAsync()
    {
        var daemon = coordinator.DaemonForMainDatabase();
        var released = new List<string>();
        foreach (var agent in daemon.CurrentAgents().Where(a => a.Status == AgentStatus.Stopped))
        {
            log.LogWarning("Async projection {Shard} stopped ({Reason}); handing it back to the election", agent.Name.Identity, agent.Failure?.Detail);
            await daemon.StopAgentAsync(agent.Name.Identity);
            released.Add(agent.Name.Identity);
        }
        return released;
    }
}
