using Microsoft.AspNetCore.Http.Features;

namespace Blueindic.Api.Http;

/// <summary>
/// A POST with no body reads as <c>{}</c>: every field takes its default, so the one-click
/// "collected" is a bare <c>POST /api/invoices/{id}/payments</c>, and a command that needs fields
/// answers which ones are missing instead of "not JSON".
/// </summary>
public sealed class EmptyBodyAsJson(RequestDelegate next)
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        // The server knows whether a body follows (HTTP/2 sends none without a length header).
        var canHaveBody = http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
                          ?? request.ContentLength is not null || request.Headers.ContainsKey("Transfer-Encoding");
        var bodiless = request.ContentLength == 0 || !canHaveBody || request.Body is { CanSeek: true, Length: 0 };
        if (HttpMethods.IsPost(request.Method) && bodiless)
        {
            request.Body = new MemoryStream(EmptyObject);
            request.ContentLength = EmptyObject.Length;
            request.ContentType = "application/json";
        }
        return next(http);
    }
}
