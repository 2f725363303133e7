using System.Text.Json.Nodes;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Contracts;

/// <summary>
/// A Swagger UI a person can use: every JSON request body, every JSON success answer and every
/// problem of the served document shows an example (src/Blueindic.Api/OpenApi/Examples), and every
/// example is valid against the schema it illustrates, by an independent JSON Schema validator (the
/// document's objects refuse unlisted properties), so an example cannot drift from the API unnoticed.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiExamplesTests(AppFixture app)
{
    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    /// <summary>One request body or answer of one media type; <c>Content</c> null for an answer without any.</summary>
    private sealed record Shown(string Operation, string Part, string? MediaType, JsonObject? Content)
    {
        public bool IsJson => MediaType is not null && (MediaType == "application/json" || MediaType.EndsWith("+json"));
        public override string ToString() => $"{Operation} {Part} {MediaType}";
    }

    private async Task<JsonObject> ServedDocument()
    {
        var served = await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null);
        served.Status().ShouldBe(200);
        return JsonNode.Parse(served.ReadAsText())!.AsObject();
    }

    private static IEnumerable<Shown> Everything(JsonObject document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject().Where(o => Methods.Contains(o.Key)))
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            foreach (var (mediaType, content) in operation!["requestBody"]?["content"]?.AsObject() ?? [])
                yield return new Shown(name, "request", mediaType, content!.AsObject());
            foreach (var (status, response) in operation["responses"]!.AsObject())
            {
                if (response!["content"] is not JsonObject { Count: > 0 } contents) yield return new Shown(name, status, null, null);
                else foreach (var (mediaType, content) in contents) yield return new Shown(name, status, mediaType, content!.AsObject());
            }
        }
    }

    /// <summary>The examples shown for a media type: its own, or its schema's (through a $ref).</summary>
    private static IEnumerable<JsonNode?> ExamplesOf(JsonObject document, JsonObject content)
    {
        if (content.TryGetPropertyValue("example", out var example)) yield return example;
        foreach (var (_, named) in content["examples"]?.AsObject() ?? []) yield return named!["value"];
        var schema = content["schema"];
        if (schema?["$ref"]?.GetValue<string>() is { } reference)
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]];
        if (schema is JsonObject s && s.TryGetPropertyValue("example", out var ofSchema)) yield return ofSchema;
    }

    [Fact]
    public async Task Every_JSON_request_body_and_success_answer_shows_an_example()
    {
        var document = await ServedDocument();
        var bare = Everything(document)
            .Where(s => s.IsJson && (s.Part == "request" || s.Part.StartsWith('2')) && !ExamplesOf(document, s.Content!).Any())
            .Select(s => s.ToString()).ToList();
        bare.ShouldBeEmpty("Add each one's example to its resource's class in src/Blueindic.Api/OpenApi/Examples (docs/architecture.md)");
    }

    [Fact]
    public async Task Every_problem_answer_shows_one_example()
    {
        var document = await ServedDocument();
        var problems = Everything(document).Where(s => s.Part.StartsWith('4')).ToList();
        problems.Count.ShouldBeGreaterThan(100);
        problems.Where(s => s.Content is null || ExamplesOf(document, s.Content).Count() != 1).Select(s => s.ToString())
            .ShouldBeEmpty("Every 4xx answer is a problem with one example (src/Blueindic.Api/OpenApi/Examples)");
    }

    [Fact]
    public async Task Every_example_is_valid_against_the_schema_it_illustrates()
    {
        var document = await ServedDocument();
        var oracle = new ResponseSchemas(document);
        var checkedCount = 0;
        var invalid = new List<string>();
        foreach (var shown in Everything(document).Where(s => s.Content?["schema"] is not null))
        foreach (var example in ExamplesOf(document, shown.Content!))
        {
            checkedCount++;
            var problems = oracle.Problems(shown.Content!["schema"]!, example);
            if (problems.Count > 0) invalid.Add($"{shown}: {string.Join("; ", problems)}");
        }
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
            if (schema!["example"] is { } example && oracle.Problems(schema, example) is { Count: > 0 } problems)
                invalid.Add($"schema {name}: {string.Join("; ", problems)}");
        checkedCount.ShouldBeGreaterThan(200);
        invalid.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_oracle_refuses_an_example_that_drifted_from_its_schema()
    {
        var document = await ServedDocument();
        var oracle = new ResponseSchemas(document);
        var answer = document["paths"]!["/api/clients/{id}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!;
        var example = answer["example"]!.DeepClone().AsObject();
        oracle.Problems(answer["schema"]!, example).ShouldBeEmpty();

        example["paymentTermsDays"] = "treinta";
        example["paymentTermDays"] = 30;   // misspelt: a property the API does not write
        example.Remove("archived");        // required
        var problems = string.Join("\n", oracle.Problems(answer["schema"]!, example));
        problems.ShouldContain("paymentTermsDays");
        problems.ShouldContain("paymentTermDays");
        problems.ShouldContain("archived");
    }
}
