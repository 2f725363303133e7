namespace Blueindic.Api.Http;

/// <summary>
/// Headers every response carries. API answers are data never to be rendered, framed, sniffed or
/// cached (they hold a business's clients and money), unless an endpoint says otherwise (only the
/// business logo: private, revalidated every time); Swagger's page keeps its own scripts but may
/// not be framed either; the dashboard (everything else: static files) runs only its own scripts and
/// styles and talks only to this origin. No header names the server's software or its version.
/// HSTS belongs to the TLS terminator in front (docs/operations.md).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>No inline script or style anywhere in the page; the QR code arrives as a blob: image.</summary>
    public const string Dashboard =
        "default-src 'self'; img-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            // Kestrel's Server header is off (RequestLimits.ConfigureServer); Swagger UI's version goes too.
            headers.Remove("x-swagger-ui-version");
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            var path = http.Request.Path;
            headers.ContentSecurityPolicy =
                path.StartsWithSegments("/swagger") ? "frame-ancestors 'none'"
                : path.StartsWithSegments("/api") || path.StartsWithSegments("/health") ? "default-src 'none'; frame-ancestors 'none'"
                : Dashboard;
            // An endpoint that states its own caching keeps it (the logo: private, revalidated by its ETag).
            if ((path.StartsWithSegments("/api") || path.StartsWithSegments("/health/integrity")) && string.IsNullOrEmpty(headers.CacheControl))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(http);
    }
}
