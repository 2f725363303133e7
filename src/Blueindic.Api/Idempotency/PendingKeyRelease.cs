using System.Threading.Channels;
using Blueindic.Api.Sql;

namespace Blueindic.Api.Idempotency;

/// <summary>
/// Releases an Idempotency-Key whose request was refused or failed, so a retry runs afresh. Only the
/// same attempt is released, and only if its command did not commit: such a key stays, and answers
/// "Answer lost". When the database cannot be written, the release is retried here until it answers,
/// so a client's retry runs within a second of the database's return instead of hearing "in
/// progress" until the pending timeout.
/// </summary>
public sealed class PendingKeyRelease(IDocumentStore store, TimeProvider clock, ILogger<PendingKeyRelease> log) : BackgroundService
{
    public sealed record Key(string Tenant, string Id, Guid Attempt, DateTimeOffset GiveUpAt);

    private readonly Channel<Key> _queue = Channel.CreateUnbounded<Key>();

    public void Enqueue(Key key) => _queue.Writer.TryWrite(key);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await foreach (var key in _queue.Reader.ReadAllAsync(stop))
        {
            try
            {
                while (!await TryReleaseAsync(key, stop))
                {
                    // Past the pending timeout a retry may take the key over anyway.
                    if (clock.GetUtcNow() >= key.GiveUpAt)
                    {
                        log.LogWarning("Idempotency-Key {Id} not released before its pending timeout", key.Id);
                        break;
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(500), clock, stop);
                }
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                // One key's failure must not stop the others' releases (nor, unhandled, the host).
                log.LogError(e, "Idempotency-Key {Id} not released; the pending timeout will free it", key.Id);
            }
        }
    }

    /// <returns>false while the database cannot be reached.</returns>
    public async Task<bool> TryReleaseAsync(Key key, CancellationToken ct)
    {
        try
        {
            await using var session = store.LightweightSession(key.Tenant);
            ReleaseIdempotencyAttempt.Queue(session, key.Id, key.Tenant, key.Attempt);
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (ProblemExceptionHandler.IsDatabaseDown(e))
        {
            return false;
        }
    }
}
