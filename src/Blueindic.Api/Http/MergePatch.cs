using System.Text.Json;
using System.Text.Json.Nodes;
using Blueindic.Domain.Common;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Blueindic.Api.Http;

/// <summary>
/// A JSON merge patch (RFC 7396) as the PATCH endpoints read it. It is applied to the resource's
/// current state written as its PUT's input, and the merged document is read back into that input
/// type with the options Wolverine reads PUT bodies with: the PUT's validation and decision then judge
/// it, so a patch meets the very field errors (unknown members and wrong types included) a PUT does.
/// The endpoint reads the body itself: Wolverine would take any +json type, application/json too.
/// </summary>
public sealed class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    private readonly JsonObject _patch;
    private readonly JsonSerializerOptions _json;
    private readonly JsonNodeOptions _nodes;

    private MergePatch(JsonObject patch, JsonSerializerOptions json, JsonNodeOptions nodes) => (_patch, _json, _nodes) = (patch, json, nodes);

    /// <summary>The patch sent: another media type is a 415; malformed JSON or anything but an object a 400 (field <c>body</c>).</summary>
    public static async Task<MergePatch> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase))
            throw new BadHttpRequestException(
                $"Send the changes as {MediaType} (RFC 7396): a JSON object of the fields to change, null for those to clear.",
                StatusCodes.Status415UnsupportedMediaType);
        var json = request.HttpContext.RequestServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        // The patch keeps its members as sent (one name twice is refused); the documents it merges into match
        // names as a PUT does (case-insensitively, by default): {"Email": null} clears the email.
        var body = await JsonNode.ParseAsync(request.Body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }, cancellationToken: ct);
        return body is JsonObject patch
            ? new MergePatch(patch, json, new JsonNodeOptions { PropertyNameCaseInsensitive = json.PropertyNameCaseInsensitive })
            : throw new DomainValidationException("body", "A merge patch is a JSON object: the fields to change, null for those to clear.");
    }

    /// <summary><paramref name="current"/> with the patch merged in, read as the same input type.</summary>
    public T ApplyTo<T>(T current)
    {
        var target = JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(current, _json), _nodes);
        return Merge(target, _patch)!.Deserialize<T>(_json)!;
    }

    /// <summary>RFC 7396, section 2: members merge into objects, null removes one, anything else replaces (arrays whole).</summary>
    private JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject members) return patch?.DeepClone();
        var merged = target as JsonObject ?? new JsonObject(_nodes);
        foreach (var (name, value) in members)
        {
            if (value is null)
            {
                merged.Remove(name);
                continue;
            }
            var before = merged[name];
            var after = Merge(before, value);
            if (!ReferenceEquals(before, after)) merged[name] = after;
        }
        return merged;
    }
}
