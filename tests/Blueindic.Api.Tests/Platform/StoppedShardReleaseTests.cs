using Blueindic.Api.Tests.Support;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Blueindic.Api.EventStore;

namespace Blueindic.Api.Tests.Platform;

/// <summary>
/// A projection stopped by "progression out of order" (two nodes ran it for a moment after a
/// database restart; the fault drill shows the whole story) runs again on the node holding its lock.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StoppedShardReleaseTests(AppFixture app)
{
    [Fact]
    public async Task A_stopped_projection_is_handed_back_and_started_again_by_the_lock_holder()
    {
        var daemon = app.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        // The election runs every 5 s: on a host just started, the projection may not have been given out yet.
        await daemon.WaitForShardToBeRunning("MonthlySales:All", TimeSpan.FromSeconds(30));
        var agent = daemon.CurrentAgents().Single(a => a.Name.Identity == "MonthlySales:All");
        await agent.ReportCriticalFailureAsync(new ProgressionProgressOutOfOrderException(agent.Name));
        daemon.StatusFor(agent.Name.Identity).ShouldBe(AgentStatus.Stopped);

        var released = await app.Host.Services.GetServices<IHostedService>().OfType<StoppedShardRelease>().Single().ReleaseStoppedAsync();
        released.ShouldBe([agent.Name.Identity]);

        // An invoice issued now reaches the monthly sales: the coordinator restarted the projection.
        var tenant = await app.NewTenant();
        await tenant.IssueSimpleInvoice(await tenant.NewClient("Tras el reinicio"), issueDate: "2026-06-01");
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var june = (await tenant.Get("/api/reports/sales/monthly?year=2026")).Json().GetProperty("months")[5];
        june.GetProperty("invoiceCount").GetInt32().ShouldBe(1);
        await daemon.WaitForShardToBeRunning(agent.Name.Identity, TimeSpan.FromSeconds(30));
    }
}
