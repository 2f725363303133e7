using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Blueindic.Api.Sql;

namespace Blueindic.Api.Verifactu;

/// <summary>
/// Recomputes every business's VERI*FACTU chain, once the API has started and then every
/// <c>Blueindic__ChainCheckMinutes</c>, logs each broken one as an error and reports the last result
/// to <c>/health/integrity</c>. An edited event or record is found without anyone asking. A node that
/// has not checked (yet, or at all) says so as Degraded, never as Healthy.
/// </summary>
public sealed class ChainCheck(IDocumentStore store, IOptions<BlueindicOptions> options, ILogger<ChainCheck> log) : IHealthCheck
{
    private sealed record Result(DateTimeOffset At, int Chains, IReadOnlyList<BrokenChain> Broken);

    private Result? _last;
    private readonly SemaphoreSlim _running = new(1, 1);

    public async Task RunOnceAsync(CancellationToken ct)
    {
        await _running.WaitAsync(ct);
        try
        {
            await using var all = store.QuerySession();
            var tenants = await TenantsWithVerifactuRecords.ListAsync(all, ct);
            var broken = new List<BrokenChain>();
            foreach (var tenant in tenants)
            {
                try
                {
                    await using var session = store.QuerySession(tenant);
                    var result = await VerifactuChain.VerifyAsync(session, ct);
                    if (result.Valid) continue;
                    broken.Add(new BrokenChain(tenant, result.FirstBrokenAt, result.FirstBrokenNumber));
                    log.LogError("VERI*FACTU chain of tenant {TenantId} is broken at position {Position} ({Number})", tenant, result.FirstBrokenAt, result.FirstBrokenNumber);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    // A chain that cannot be read is not known to hold.
                    broken.Add(new BrokenChain(tenant, null, null, e.GetType().Name));
                    log.LogError(e, "VERI*FACTU chain of tenant {TenantId} could not be verified", tenant);
                }
            }
            Volatile.Write(ref _last, new Result(DateTimeOffset.UtcNow, tenants.Count, broken));
        }
        finally { _running.Release(); }
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var minutes = options.Value.ChainCheckMinutes;
        if (Volatile.Read(ref _last) is not { } last)
            return Task.FromResult(HealthCheckResult.Degraded(minutes <= 0 ? "Chain checks are off on this node." : "Not checked yet."));
        var data = new Dictionary<string, object> { ["checkedAt"] = last.At, ["chains"] = last.Chains, ["broken"] = last.Broken };
        if (last.Broken.Count > 0)
            return Task.FromResult(HealthCheckResult.Unhealthy($"{last.Broken.Count} of {last.Chains} chains are broken or unreadable.", data: data));
        return Task.FromResult(minutes > 0 && DateTimeOffset.UtcNow - last.At > TimeSpan.FromMinutes(2 * minutes)
            ? HealthCheckResult.Degraded($"The last check is older than twice the interval ({minutes} min).", data: data)
            : HealthCheckResult.Healthy($"{last.Chains} chains hold.", data));
    }
}
