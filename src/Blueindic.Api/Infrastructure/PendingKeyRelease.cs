using System.Threading.Channels;
using Marten;

namespace Blueindic.Api.Infrastructure;

/// <summary>
/// Releases Idempotency-Keys whose request failed while the database could not be written: the
/// release is retried here until the database answers, so a client's retry runs afresh within a
/// second of the database's return instead of hearing "in progress" until the pending timeout.
/// Only the same attempt, still pending, is released: a key whose command committed stays, and
/// answers "Answer lost".
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
            // Past the pending timeout a retry may take the key over anyway.
            while (!await TryReleaseAsync(key, stop) && clock.GetUtcNow() < key.GiveUpAt)
                await Task.Delay(TimeSpan.FromMilliseconds(500), clock, stop);
        }
    }

    /// <returns>false while the database cannot be reached.</returns>
    public async Task<bool> TryReleaseAsync(Key key, CancellationToken ct)
    {
        try
        {
            await using var session = store.LightweightSession(key.Tenant);
            session.QueueSqlCommand(
                $"""
                 delete from {MartenSetup.Schema}.mt_doc_idempotencyrecord where id = ? and tenant_id = ?
                   and data ->> 'Attempt' = ? and (data ->> 'CommandCommitted')::boolean = false
                 """,
                key.Id, key.Tenant, key.Attempt.ToString());
            await session.SaveChangesAsync(ct);
            log.LogInformation("Released Idempotency-Key {Id} left pending by a database outage", key.Id);
            return true;
        }
        catch (Exception e) when (ProblemExceptionHandler.IsDatabaseDown(e))
        {
            return false;
        }
    }
}
