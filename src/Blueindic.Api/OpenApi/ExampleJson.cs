using System.Text.Json.Nodes;

namespace Blueindic.Api.OpenApi;

/// <summary>Writing examples from one another: a changed copy, a page of one, a problem as the API writes it.</summary>
internal static class ExampleJson
{
    /// <summary>A trace id as every problem carries (the request's W3C traceparent).</summary>
    public const string TraceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";

    /// <summary><paramref name="json"/> with <paramref name="patch"/> merged in (RFC 7386: null removes, objects merge, the rest replaces).</summary>
    public static string Merged(string json, string patch) => Merge(JsonNode.Parse(json), JsonNode.Parse(patch))!.ToJsonString();

    /// <summary>A page holding one item, and the cursor to the next.</summary>
    public static string Page(string item, string? nextCursor = "MDE5MzAwMDQtNWMxZS03YTRi") =>
        new JsonObject { ["data"] = new JsonArray(JsonNode.Parse(item)), ["nextCursor"] = nextCursor }.ToJsonString();

    /// <summary>A problem as ASP.NET Core writes it: the status's RFC section as its type, then the trace id.</summary>
    /// <summary>What a PATCH sent as anything but a merge patch answers.</summary>
    public static string MergePatchOnly => Problem(415, "Unsupported media type",
        "Send the changes as application/merge-patch+json (RFC 7396): a JSON object of the fields to change, null for those to clear.");

    public static string Problem(int status, string title, string? detail, string? extensions = null)
    {
        var problem = new JsonObject();
        if (TypeOf(status) is { } type) problem["type"] = type;
        problem["title"] = title;
        problem["status"] = status;
        if (detail is not null) problem["detail"] = detail;
        foreach (var (name, value) in JsonNode.Parse(extensions ?? "{}")!.AsObject()) problem[name] = value?.DeepClone();
        problem["traceId"] = TraceId;
        return problem.ToJsonString();
    }

    /// <summary>The types ASP.NET Core gives by status (none for 413, 414, 429, 431).</summary>
    private static string? TypeOf(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc4918#section-11.2",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => null,
    };

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject changes) return patch?.DeepClone();
        var merged = target as JsonObject ?? new JsonObject();
        foreach (var (name, value) in changes.ToList())
        {
            if (value is null) merged.Remove(name);
            else merged[name] = Merge(merged[name]?.DeepClone(), value);
        }
        return merged;
    }
}
