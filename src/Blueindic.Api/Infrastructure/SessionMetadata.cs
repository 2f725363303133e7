using System.Diagnostics;
using Marten;

namespace Blueindic.Api.Infrastructure;

/// <summary>
/// Wolverine middleware: every event appended in a request records who caused it (the key id, never
/// the key) and the request's correlation id, echoed back as <c>X-Correlation-Id</c>.
/// </summary>
public static class SessionMetadata
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public static void Before(HttpContext http, IDocumentSession session)
    {
        session.LastModifiedBy = http.User.Identity?.Name ?? "anonymous";
        session.CorrelationId = CorrelationId(http);
    }

    public static string CorrelationId(HttpContext http)
    {
        string? given = http.Request.Headers[CorrelationHeader];
        return !string.IsNullOrWhiteSpace(given) && given.Length <= 128
            ? given
            : Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
    }
}
