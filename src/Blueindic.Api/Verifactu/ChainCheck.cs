using Blueindic.Api.Infrastructure;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Verifactu;

/// <summary>A business whose VERI*FACTU chain does not hold.</summary>
public sealed record BrokenChain(string TenantId, long? FirstBrokenAt, string? FirstBrokenNumber);

/// <summary>
/// Recomputes every business's VERI*FACTU chain, at start and then every
/// <c>Blueindic__ChainCheckMinutes</c> (0: never), logs each broken one as an error and reports the
/// last result to <c>/health/integrity</c>. An edited event or record is found without anyone asking.
/// </summary>
public sealed class ChainCheck(IDocumentStore store, ILogger<ChainCheck> log) : IHealthCheck
{
    private (DateTimeOffset At, int Chains, IReadOnlyList<BrokenChain> Broken)? _last;

    public async Task RunOnceAsync(CancellationToken ct)
    {
        await using var all = store.QuerySession();
        var tenants = await all.QueryAsync<string>($"select distinct tenant_id from {MartenSetup.Schema}.mt_doc_verifacturecordview", ct);
        var broken = new List<BrokenChain>();
        foreach (var tenant in tenants)
        {
            await using var session = store.QuerySession(tenant);
            var result = await VerifyVerifactuChainEndpoint.VerifyAsync(session, ct);
            if (result.Valid) continue;
            broken.Add(new BrokenChain(tenant, result.FirstBrokenAt, result.FirstBrokenNumber));
            log.LogError("VERI*FACTU chain of tenant {TenantId} is broken at position {Position} ({Number})", tenant, result.FirstBrokenAt, result.FirstBrokenNumber);
        }
        _last = (DateTimeOffset.UtcNow, tenants.Count, broken);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (_last is not { } last) return Task.FromResult(HealthCheckResult.Healthy("Not checked yet."));
        var data = new Dictionary<string, object> { ["checkedAt"] = last.At, ["chains"] = last.Chains, ["broken"] = last.Broken };
        return Task.FromResult(last.Broken.Count == 0
            ? HealthCheckResult.Healthy($"{last.Chains} chains hold.", data)
            : HealthCheckResult.Unhealthy($"{last.Broken.Count} of {last.Chains} chains are broken.", data: data));
    }
}

/// <summary>Runs <see cref="ChainCheck"/> on its schedule.</summary>
public sealed class ChainCheckSchedule(ChainCheck check, IOptions<BlueindicOptions> options, ILogger<ChainCheckSchedule> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.ChainCheckMinutes;
        if (minutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try { await check.RunOnceAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "VERI*FACTU chain check could not run"); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
