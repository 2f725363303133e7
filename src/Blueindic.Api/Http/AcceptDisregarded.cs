namespace Blueindic.Api.Http;

/// <summary>
/// API answers are JSON, or the file their address names (a spreadsheet, an SVG chart), whatever
/// the client's Accept says: RFC 9110 (12.5.1) lets a server disregard Accept rather than answer 406.
/// Queries already did; Wolverine refused a JSON command with 406 before reading its body, so a
/// browser-like Accept turned a malformed body's 400 into a 406. Every /api request now reads as
/// accepting anything, and each gets the answer its input deserves. The few endpoints that offer
/// a second representation (a VERI*FACTU record as XML) read the original through <see cref="Original"/>.
/// </summary>
public sealed class AcceptDisregarded(RequestDelegate next)
{
    private const string OriginalKey = "Blueindic.OriginalAccept";

    public Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/api") && !string.IsNullOrEmpty(http.Request.Headers.Accept))
        {
            http.Items[OriginalKey] = http.Request.Headers.Accept.ToString();
            http.Request.Headers.Accept = "*/*";
        }
        return next(http);
    }

    /// <summary>The Accept header as the client sent it (empty when it sent none).</summary>
    public static string Original(HttpContext http) =>
        http.Items.TryGetValue(OriginalKey, out var accept) && accept is string s ? s : http.Request.Headers.Accept.ToString();
}
