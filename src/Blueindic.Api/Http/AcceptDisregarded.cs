namespace Blueindic.Api.Http;

/// <summary>
/// API answers are JSON, or the file their address names (a spreadsheet, an SVG chart), whatever
/// the client's Accept says: RFC 9110 (12.5.1) lets a server disregard Accept rather than answer 406.
/// Queries already did; Wolverine refused a JSON command with 406 before reading its body, so a
/// browser-like Accept turned a malformed body's 400 into a 406. Every /api request now reads as
/// accepting anything, and each gets the answer its input deserves.
/// </summary>
public sealed class AcceptDisregarded(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/api") && !string.IsNullOrEmpty(http.Request.Headers.Accept))
            http.Request.Headers.Accept = "*/*";
        return next(http);
    }
}
