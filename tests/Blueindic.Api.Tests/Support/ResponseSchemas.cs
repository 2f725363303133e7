using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// The OpenAPI 3.0 document's response schemas as JSON Schema (2020-12), for an independent
/// validator (JsonSchema.Net). The document is read as a client reads it, from its JSON. Two rules
/// translate: <c>nullable: true</c> becomes "or null", and <c>#/components/schemas/X</c> becomes
/// <c>#/$defs/X</c>. Everything else (type, format, required, enum, items) means the same in both.
/// </summary>
public sealed class ResponseSchemas
{
    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private readonly JsonObject _document;
    private readonly JsonObject _definitions;
    private readonly ConcurrentDictionary<string, JsonSchema?> _schemas = new();

    public ResponseSchemas(OpenApiDocument document)
        : this(JsonNode.Parse(document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_0).GetAwaiter().GetResult())!.AsObject()) { }

    public ResponseSchemas(JsonObject document)
    {
        _document = document;
        _definitions = new JsonObject();
        foreach (var (name, schema) in _document["components"]?["schemas"]?.AsObject() ?? [])
            _definitions[name] = Translate(schema!);
    }

    /// <summary>The problems of a body against the schema declared for it; none when it has none.</summary>
    public IReadOnlyList<string> Problems(string route, string method, int status, string mediaType, string body)
    {
        var schema = _schemas.GetOrAdd($"{method} {route} {status} {mediaType}", _ => SchemaFor(route, method, status, mediaType));
        return schema is null ? [] : Evaluate(schema, JsonNode.Parse(body));
    }

    /// <summary>The problems of a value against a schema as the document writes it (an example against the schema it illustrates).</summary>
    public IReadOnlyList<string> Problems(JsonNode declaredSchema, JsonNode? value) => Evaluate(Compile(declaredSchema), value);

    private static IReadOnlyList<string> Evaluate(JsonSchema schema, JsonNode? value)
    {
        var results = schema.Evaluate(value, Strict);
        if (results.IsValid) return [];
        return (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Distinct().Take(5).ToList();
    }

    private JsonSchema? SchemaFor(string route, string method, int status, string mediaType)
    {
        var declared = _document["paths"]?[route]?[method.ToLowerInvariant()]?["responses"]?[$"{status}"]?["content"]?[mediaType]?["schema"];
        return declared is null ? null : Compile(declared);
    }

    private JsonSchema Compile(JsonNode declared)
    {
        var schema = Translate(declared).AsObject();
        schema["$defs"] = _definitions.DeepClone();
        return JsonSchema.FromText(schema.ToJsonString());
    }

    /// <summary>One schema, walked only where schemas nest (so a property named "nullable" stays a name).</summary>
    private static JsonNode Translate(JsonNode node)
    {
        if (node is not JsonObject schema) return node.DeepClone();
        var copy = new JsonObject();
        foreach (var (key, value) in schema)
        {
            if (value is null || key is "nullable" or "example" or "discriminator" or "xml" or "externalDocs") continue;
            copy[key] = key switch
            {
                "$ref" => value.GetValue<string>().Replace("#/components/schemas/", "#/$defs/"),
                "properties" => new JsonObject(value.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Translate(p.Value!)))),
                "items" or "not" or "additionalProperties" => Translate(value),
                "allOf" or "anyOf" or "oneOf" => new JsonArray(value.AsArray().Select(s => (JsonNode?)Translate(s!)).ToArray()),
                _ => value.DeepClone(),
            };
        }
        return schema["nullable"]?.GetValue<bool>() == true
            ? new JsonObject { ["anyOf"] = new JsonArray(copy, new JsonObject { ["type"] = "null" }) }
            : copy;
    }
}
