using Microsoft.Extensions.Options;

namespace Blueindic.Api.Verifactu;

/// <summary>Runs <see cref="ChainCheck"/> on its schedule, from the moment the API has started (its schema is in place).</summary>
public sealed class ChainCheckSchedule(ChainCheck check, IOptions<BlueindicOptions> options, IHostApplicationLifetime lifetime,
    ILogger<ChainCheckSchedule> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = Math.Clamp(options.Value.ChainCheckMinutes, 0, 7 * 24 * 60);
        if (minutes == 0) return;
        if (!await Hosting.ApplicationStart.WaitAsync(lifetime, stoppingToken)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try { await check.RunOnceAsync(stoppingToken); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested) { log.LogWarning(e, "VERI*FACTU chain check could not run"); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));   // cancelled at shutdown, which ends the service
    }
}
