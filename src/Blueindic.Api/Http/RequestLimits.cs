using Microsoft.Extensions.Options;

namespace Blueindic.Api.Http;

/// <summary>Refuses an over-large body up front with a 413 problem, before anyone reads it.</summary>
public sealed class RequestLimits(RequestDelegate next, IOptions<BlueindicOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var max = http.GetEndpoint()?.Metadata.GetMetadata<FileUploadAttribute>() is null
            ? options.Value.MaxRequestBodyBytes
            : options.Value.Imports.MaxFileBytes + FileUploadAttribute.FormOverheadBytes;
        if (http.Request.ContentLength > max)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = Problems.Of(413, "Payload too large", $"The body may be at most {max} bytes."),
            });
            return;
        }
        var feature = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = max;
        await next(http);
    }
}
