using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Http;

/// <summary>
/// Refuses what is too large with a problem before anyone reads it: a body over its limit (413), a
/// request target over 8 KB (414), headers over 32 KB or 100 of them (431). Kestrel answers such
/// requests itself with an empty body that no application code can change, so its own limits are set
/// at twice these and the problems are answered here; only a request past Kestrel's doubled limits,
/// or not HTTP at all, still gets Kestrel's bare answer (docs/reliability.md).
/// </summary>
public sealed class RequestLimits(RequestDelegate next, IOptions<BlueindicOptions> options, IProblemDetailsService problems)
{
    public const int MaxTargetLength = 8 * 1024;
    public const int MaxHeadersBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;

    public static void ConfigureServer(KestrelServerOptions kestrel, BlueindicOptions options)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        kestrel.Limits.MaxRequestLineSize = 2 * MaxTargetLength;
        kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxHeadersBytes;
        kestrel.Limits.MaxRequestHeaderCount = 2 * MaxHeaderCount;
    }

    public async Task InvokeAsync(HttpContext http)
    {
        if (Refusal(http) is { } refusal)
        {
            http.Response.StatusCode = refusal.Status!.Value;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = refusal });
            return;
        }
        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = MaxBody(http);
        await next(http);
    }

    private ProblemDetails? Refusal(HttpContext http)
    {
        var request = http.Request;
        // The raw target where the server gives it (Kestrel), else the decoded path and raw query.
        var target = Math.Max(http.Features.Get<IHttpRequestFeature>()?.RawTarget?.Length ?? 0,
            (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0));
        if (target > MaxTargetLength)
            return Problems.Of(414, "URI too long", $"The request target may be at most {MaxTargetLength} characters.");
        if (request.Headers.Count > MaxHeaderCount)
            return Problems.Of(431, "Request header fields too large", $"A request may carry at most {MaxHeaderCount} headers.");
        // Counted as they travel: "name: value\r\n".
        var bytes = request.Headers.Sum(h => h.Key.Length + 4 + h.Value.Sum(v => v?.Length ?? 0));
        if (bytes > MaxHeadersBytes)
            return Problems.Of(431, "Request header fields too large", $"The request's headers may be at most {MaxHeadersBytes} bytes in all.");
        var max = MaxBody(http);
        return request.ContentLength > max ? Problems.Of(413, "Payload too large", $"The body may be at most {max} bytes.") : null;
    }

    private long MaxBody(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<FileUploadAttribute>() switch
    {
        null => options.Value.MaxRequestBodyBytes,
        { MaxFileBytes: > 0 and var max } => max + FileUploadAttribute.FormOverheadBytes,
        _ => options.Value.Imports.MaxFileBytes + FileUploadAttribute.FormOverheadBytes,
    };
}
