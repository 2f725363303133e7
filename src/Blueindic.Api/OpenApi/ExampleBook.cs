using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Blueindic.Api.OpenApi;

/// <summary>
/// A resource's examples for the OpenAPI document: one class per resource in OpenApi/Examples,
/// found by reflection, each adding its examples to the book.
/// </summary>
internal interface IOpenApiExamples
{
    void AddTo(ExampleBook book);
}

/// <summary>
/// Every example the OpenAPI document shows, looked up most specific first: an operation's own
/// (its request body, or one status of its answers); for a 400 the one of its request body's
/// schema; for a problem the one of its path's resource, then the one of its status; else the
/// example of the schema the body or answer has (an array gets one item).
/// </summary>
internal sealed class ExampleBook
{
    private const string Request = "request";
    private readonly Dictionary<string, JsonNode> _schemas = new();
    private readonly Dictionary<string, JsonNode> _invalid = new();
    private readonly Dictionary<(string Operation, string Part), JsonNode> _operations = new();
    private readonly List<(string PathPrefix, string Status, JsonNode Example)> _resourceProblems = new();
    private readonly Dictionary<string, Func<OpenApiOperation, string?>> _problems = new();

    /// <summary>The book of every <see cref="IOpenApiExamples"/> in the API.</summary>
    public static ExampleBook Collected { get; } = Collect();

    private static ExampleBook Collect()
    {
        var book = new ExampleBook();
        foreach (var type in typeof(ExampleBook).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IOpenApiExamples).IsAssignableFrom(t)))
            ((IOpenApiExamples)Activator.CreateInstance(type)!).AddTo(book);
        return book;
    }

    /// <summary>The example of any request body or JSON answer whose schema is <typeparamref name="T"/>'s.</summary>
    public ExampleBook Schema<T>(string json) => Add(_schemas, OpenApiSetup.SchemaId(typeof(T)), json);

    /// <summary>The 400 a request body of <typeparamref name="T"/>'s schema gets for its field errors.</summary>
    public ExampleBook Invalid<T>(string json) => Add(_invalid, OpenApiSetup.SchemaId(typeof(T)), json);

    /// <summary>The request body of one operation (its endpoint class), where its schema's example does not fit.</summary>
    public ExampleBook RequestOf(Type endpoint, string json) => RequestOf(OpenApiSetup.OperationId(endpoint), json);

    public ExampleBook RequestOf(string operationId, string json) => Add(_operations, (operationId, Request), json);

    /// <summary>One answer of one operation (its endpoint class): a success its schema's example does not fit, or a problem of its own.</summary>
    public ExampleBook AnswerOf(Type endpoint, int status, string json) => AnswerOf(OpenApiSetup.OperationId(endpoint), status, json);

    public ExampleBook AnswerOf(string operationId, int status, string json) => Add(_operations, (operationId, $"{status}"), json);

    /// <summary>The problem every operation under <paramref name="pathPrefix"/> answers with this status, unless it has its own.</summary>
    public ExampleBook ProblemUnder(string pathPrefix, int status, string json)
    {
        _resourceProblems.Add((pathPrefix, $"{status}", JsonNode.Parse(json)!));
        return this;
    }

    /// <summary>The problem any operation answers with this status, unless its resource or itself has its own.</summary>
    public ExampleBook Problem(int status, string json) => Problem(status, _ => json);

    /// <summary>The same, written for the operation (a query's 400 names its own parameter).</summary>
    public ExampleBook Problem(int status, Func<OpenApiOperation, string?> example)
    {
        if (!_problems.TryAdd($"{status}", example)) throw new InvalidOperationException($"Two examples for every {status}.");
        return this;
    }

    internal JsonNode? ForRequest(string? operationId, string? schemaId, bool isArray) =>
        Find(operationId, Request) ?? OfSchema(schemaId, isArray);

    internal JsonNode? ForAnswer(string path, OpenApiOperation operation, string status, string? schemaId, bool isArray) =>
        Find(operation.OperationId, status)
        ?? (status == "400" && SchemaId(operation.RequestBody?.Content?.FirstOrDefault(c => ExamplesFilter.IsJson(c.Key)).Value?.Schema, out _) is { } input
            && _invalid.TryGetValue(input, out var invalid) ? invalid.DeepClone() : null)
        ?? _resourceProblems.Where(p => p.Status == status && path.StartsWith(p.PathPrefix, StringComparison.Ordinal))
            .OrderByDescending(p => p.PathPrefix.Length).Select(p => p.Example.DeepClone()).FirstOrDefault()
        ?? (_problems.TryGetValue(status, out var problem) && problem(operation) is { } json ? JsonNode.Parse(json) : null)
        ?? OfSchema(schemaId, isArray);

    private JsonNode? Find(string? operationId, string part) =>
        operationId is not null && _operations.TryGetValue((operationId, part), out var example) ? example.DeepClone() : null;

    private JsonNode? OfSchema(string? schemaId, bool isArray)
    {
        if (schemaId is null || !_schemas.TryGetValue(schemaId, out var example)) return null;
        return isArray ? new JsonArray(example.DeepClone()) : example.DeepClone();
    }

    /// <summary>The component a schema refers to, or its items do (then <paramref name="isArray"/>).</summary>
    internal static string? SchemaId(IOpenApiSchema? schema, out bool isArray)
    {
        isArray = schema is { Type: JsonSchemaType.Array };
        return ((isArray ? schema!.Items : schema) as OpenApiSchemaReference)?.Reference.Id;
    }

    private ExampleBook Add<TKey>(Dictionary<TKey, JsonNode> examples, TKey key, string json) where TKey : notnull
    {
        if (!examples.TryAdd(key, JsonNode.Parse(json)!)) throw new InvalidOperationException($"Two examples for {key}.");
        return this;
    }
}
