using Blueindic.Api.Idempotency;

namespace Blueindic.Api.EventStore;

/// <summary>
/// Wolverine middleware: every event appended in a request records who caused it (the key id,
/// never the key) and the request's correlation id; an idempotent request's key is marked as
/// carried out in the same transaction.
/// </summary>
public static class SessionMetadata
{
    public static void Before(HttpContext http, IDocumentSession session)
    {
        session.LastModifiedBy = http.User.Identity?.Name ?? "anonymous";
        session.CorrelationId = Correlation.Of(http);
        IdempotencyMiddleware.MarkCommitted(http, session);
    }
}
