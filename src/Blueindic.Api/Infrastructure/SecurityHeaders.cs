namespace Blueindic.Api.Infrastructure;

/// <summary>
/// Headers every response carries. API answers are data never to be rendered, framed, sniffed or
/// cached (they hold a business's clients and money); Swagger's page keeps its own scripts but may
/// not be framed either. HSTS belongs to the TLS terminator in front (docs/operations.md).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/swagger")
                ? "frame-ancestors 'none'"
                : "default-src 'none'; frame-ancestors 'none'";
            if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/health/integrity")) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(http);
    }
}
