using System.Globalization;

namespace Blueindic.Api.Http;

/// <summary>Stream versions as HTTP validators: <c>ETag: "7"</c> on reads, <c>If-Match: "7"</c> on writes.</summary>
public static class Versioning
{
    public static void SetETag(this HttpResponse response, long version) =>
        response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Null when the write may go on; else the 400 or 412 problem to answer.</summary>
    public static IResult? CheckIfMatch(this HttpRequest request, long currentVersion)
    {
        string? header = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return null;
        var tag = header.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
        if (tag.Length < 3 || tag[0] != '"' || tag[^1] != '"'
            || !long.TryParse(tag[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
            return Problems.Validation("If-Match", "Expected a quoted version such as \"3\".");
        return expected == currentVersion ? null : Problems.PreconditionFailed(currentVersion);
    }
}
