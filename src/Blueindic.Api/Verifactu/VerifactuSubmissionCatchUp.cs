using Blueindic.Api.Hosting;
using Blueindic.Api.Sql;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Blueindic.Api.Verifactu;

/// <summary>
/// At start, with submission on, asks each business with pending records to submit them: records kept
/// while submission was off, or whose messages were given up. Everything else is asked for by the
/// commands that chain records, and by the submissions themselves (the AEAT's wait, retries).
/// </summary>
public sealed class VerifactuSubmissionCatchUp(IServiceProvider services, IOptions<BlueindicOptions> options,
    IHostApplicationLifetime lifetime, ILogger<VerifactuSubmissionCatchUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (!options.Value.Verifactu.Submit) return;
        if (!await ApplicationStart.WaitAsync(lifetime, stop)) return;
        try
        {
            await using var scope = services.CreateAsyncScope();
            await using var session = scope.ServiceProvider.GetRequiredService<IDocumentStore>().QuerySession();
            var tenants = await TenantsWithPendingVerifactuRecords.ListAsync(session, stop);
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            foreach (var tenant in tenants)
                await bus.PublishAsync(new SubmitVerifactuRecords(), new DeliveryOptions { TenantId = tenant });
            if (tenants.Count > 0) log.LogInformation("VERI*FACTU: {Count} businesses have records to submit", tenants.Count);
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            log.LogWarning(e, "VERI*FACTU: could not look for pending records at start; they go with the next record each business chains");
        }
    }
}
