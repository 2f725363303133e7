using Blueindic.Api.Sql;

namespace Blueindic.Api.Idempotency;

/// <summary>
/// Keeps the promise that an Idempotency-Key lives 24 h: every hour, deletes the records of every
/// business made <see cref="IdempotencyMiddleware.Lifetime"/> ago or earlier. On its first run it also
/// rewrites the records an earlier version kept with an API key in clear (see
/// <see cref="RedactKeysInIdempotencyRecords"/>), so an upgraded database keeps no key. Every node
/// sweeps; the deletes are idempotent.
/// </summary>
public sealed class IdempotencySweep(IDocumentStore store, TimeProvider clock, IHostApplicationLifetime lifetime,
    ILogger<IdempotencySweep> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        // From the moment the API has started: its schema is in place.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stop.Register(() => started.TrySetCanceled()))
        {
            try { await started.Task; } catch (OperationCanceledException) { return; }
        }
        var redacted = false;
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                // A database where no key was ever sent has no table yet (with schema auto-creation on).
                if (!redacted) await store.Storage.Database.EnsureStorageExistsAsync(typeof(IdempotencyRecord), stop);
                await SweepAsync(stop);
                // After the sweep: before this version nothing was deleted, and only a day's records are left to read.
                if (!redacted) await RedactKeptKeysAsync(stop);
                redacted = true;
            }
            catch (Exception e) when (!stop.IsCancellationRequested) { log.LogWarning(e, "Idempotency-Key records not swept; trying again in {Every}", Every); }
        } while (await timer.WaitForNextTickAsync(stop));   // cancelled at shutdown, which ends the service
    }

    /// <summary>Deletes the records as old as their lifetime or older, across every business.</summary>
    public async Task SweepAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        DeleteExpiredIdempotencyRecords.Queue(session, clock.GetUtcNow() - IdempotencyMiddleware.Lifetime);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>Rewrites the records whose kept answer holds an API key as "shown once", across every business.</summary>
    public async Task RedactKeptKeysAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        RedactKeysInIdempotencyRecords.Queue(session);
        await session.SaveChangesAsync(ct);
    }
}
