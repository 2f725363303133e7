using System.Diagnostics;

namespace Blueindic.Api.Http;

/// <summary>
/// Every request has a correlation id: the caller's <c>X-Correlation-Id</c> (≤ 128 printable ASCII characters) or
/// the trace id. It is echoed back, stored on every event the request appends, and carried by every log
/// line the request writes (a log scope <c>CorrelationId</c>, beside the trace id the logger adds).
/// </summary>
public sealed class Correlation(RequestDelegate next, ILogger<Correlation> logger)
{
    public const string Header = "X-Correlation-Id";
    private static readonly object Key = new();

    public async Task InvokeAsync(HttpContext http)
    {
        string? given = http.Request.Headers[Header];
        // Printable ASCII only: it goes into events and logs as it is.
        var id = !string.IsNullOrWhiteSpace(given) && given.Length <= 128 && given.All(c => c is > ' ' and < '\x7f')
            ? given
            : Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
        http.Items[Key] = id;
        // Set as the answer starts: the exception handler clears headers set before a refusal was thrown.
        http.Response.OnStarting(() =>
        {
            http.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        using (logger.BeginScope("CorrelationId:{CorrelationId}", id))
            await next(http);
    }

    public static string Of(HttpContext http) => http.Items[Key] as string ?? http.TraceIdentifier;
}
