using Blueindic.Api.Hosting;
using Blueindic.Api.Sql;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Blueindic.Api.Verifactu;

/// <summary>
/// With submission on, every <c>Blueindic__Verifactu__ScanSeconds</c> asks each business with pending
/// records to send them (<see cref="SubmitVerifactuRecords"/>, on this node). Nothing to keep here: what
/// is pending and when the AEAT allows the next batch are in the database, so every node may look, and
/// the one that finds the submission stream locked waits and then finds nothing left to send.
/// </summary>
public sealed class VerifactuSubmissionClock(IServiceProvider services, IOptions<BlueindicOptions> options,
    IHostApplicationLifetime lifetime, ILogger<VerifactuSubmissionClock> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var settings = options.Value.Verifactu;
        if (!settings.Submit || settings.ScanSeconds <= 0) return;
        if (!await ApplicationStart.WaitAsync(lifetime, stop)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.ScanSeconds));
        try
        {
            do await SubmitAllAsync(stop);
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }

    private async Task SubmitAllAsync(CancellationToken stop)
    {
        IReadOnlyList<string> tenants;
        try
        {
            await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
            tenants = await TenantsWithPendingVerifactuRecords.ListAsync(session, stop);
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            log.LogWarning(e, "VERI*FACTU: could not look for pending records");
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        // Inline invocation times out after a few seconds by default; a batch may take the AEAT's whole timeout.
        var timeout = TimeSpan.FromSeconds(options.Value.Verifactu.TimeoutSeconds + 30);
        foreach (var tenant in tenants)
        {
            try { await bus.InvokeForTenantAsync(tenant, new SubmitVerifactuRecords(), stop, timeout); }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                log.LogWarning(e, "VERI*FACTU: the records of tenant {TenantId} were not submitted", tenant);
            }
        }
    }
}
