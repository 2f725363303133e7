using JasperFx.Events;

namespace Blueindic.Api.EventStore;

/// <summary>A stream of which a business has exactly one (a derived id), locked for writing until the session commits.</summary>
internal static class ExclusiveStream
{
    /// <summary>
    /// Opens the stream first when it does not exist yet, in its own transaction (a lock needs a row), with
    /// <paramref name="opening"/>; someone else opening it meanwhile is fine. Then waits for the lock.
    /// </summary>
    public static async Task<IEventStream<T>> LockAsync<T>(IDocumentSession session, Guid id, object opening, CancellationToken ct)
        where T : class
    {
        if (await session.Events.FetchStreamStateAsync(id, ct) is null)
        {
            await using var opener = session.DocumentStore.LightweightSession(session.TenantId);
            // The same request or message caused it: the audit shows who, like every other fact.
            (opener.LastModifiedBy, opener.CorrelationId, opener.CausationId) = (session.LastModifiedBy, session.CorrelationId, session.CausationId);
            opener.Events.StartStream<T>(id, opening);
            try { await opener.SaveChangesAsync(ct); }
            catch (Exception e) when (e is Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
            {
                // Someone else opened it first: fine.
            }
        }
        return await session.Events.FetchForExclusiveWriting<T>(id, ct);
    }
}
