namespace Blueindic.Api.Infrastructure;

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
        var bodiless = request.ContentLength == 0
                       || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding"));
        if (HttpMethods.IsPost(request.Method) && bodiless)
        {
            request.Body = new MemoryStream(EmptyObject);
            request.ContentLength = EmptyObject.Length;
            request.ContentType = "application/json";
        }
        return next(http);
    }
}
