using System.Globalization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;

namespace Blueindic.Api.Http;

/// <summary>
/// A URL whose percent-encoding is broken (<c>%zz</c>, a lone <c>%C3</c>, <c>%FF</c>) is a 400 problem
/// naming the fault, rather than read as whatever the decoder makes of it (a search for "%zz", a
/// replacement character). Raw non-ASCII bytes never get this far: Kestrel refuses them, and
/// <see cref="RejectedTargets"/> gives that refusal its problem (docs/reliability.md).
/// </summary>
public sealed class BadUrls(RequestDelegate next, IProblemDetailsService problems)
{
    public const string Title = "Bad request";

    /// <summary>What to say of a target Kestrel refused: it cannot tell us which byte, so both rules.</summary>
    public const string NotAsciiDetail =
        "The URL is not valid: it may hold only ASCII characters. Percent-encode anything else as UTF-8 " +
        "(MUÑOZ → MU%C3%91OZ, a space → %20); control characters are refused even percent-encoded.";

    public async Task InvokeAsync(HttpContext http)
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw ? raw : http.Request.QueryString.Value ?? "";
        if (Flaw(target) is { } detail)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = Problems.Of(400, Title, detail) });
            return;
        }
        await next(http);
    }

    /// <summary>What is wrong with the target's percent-encoding, or null when nothing is.</summary>
    public static string? Flaw(string target)
    {
        var at = target.IndexOf('%');
        var run = new List<byte>();
        var runStart = at;
        while (at >= 0 && at < target.Length)
        {
            if (at + 2 >= target.Length || !byte.TryParse(target.AsSpan(at + 1, 2), NumberStyles.AllowHexSpecifier, null, out var b))
                return $"The URL is not valid: \"{target.Substring(at, Math.Min(3, target.Length - at))}\" is not a percent-encoded byte. " +
                       "A '%' starts one (two hex digits, as in %20); write a literal '%' as %25.";
            if (run.Count == 0) runStart = at;
            run.Add(b);
            at += 3;
            if (at < target.Length && target[at] == '%') continue;
            // A run of escapes ends: together they must be UTF-8 text.
            if (!Utf8.IsValid(run.ToArray()))
                return $"The URL is not valid: \"{target[runStart..at]}\" is not UTF-8. " +
                       "Percent-encode the UTF-8 bytes of the text (Ñ → %C3%91).";
            run.Clear();
            at = target.IndexOf('%', at);
        }
        return null;
    }
}
