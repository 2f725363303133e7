using System.Text.Json.Nodes;
using Blueindic.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Blueindic.Api.OpenApi;

/// <summary>
/// The health probes (Http/ApiSetup maps them outside Wolverine, so the generator does not see them),
/// written into the document by hand: live and ready answer plain text to anyone, integrity JSON to the admin key.
/// </summary>
internal sealed class HealthEndpoints : IDocumentFilter
{
    public const string Tag = "Health";
    public const string Integrity = "GetIntegrity";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = Tag, Description = "Probes for a load balancer or an orchestrator; never rate limited." });
        document.Paths.Add("/health/live", Get(Probe(document, "GetLiveness",
            "Whether the process answers at all; checks nothing else (a liveness probe).")));
        document.Paths.Add("/health/ready", Get(Probe(document, "GetReadiness",
            "Whether the API can serve: PostgreSQL answers (a readiness probe).", "The database cannot be reached.")));

        var report = context.SchemaGenerator.GenerateSchema(typeof(IntegrityReport), context.SchemaRepository);
        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        var integrity = new OpenApiOperation
        {
            OperationId = Integrity,
            Summary = "Whether every business's VERI*FACTU chain held at the last background check (admin key only: it names businesses).",
            Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
            Responses = new OpenApiResponses
            {
                ["200"] = Answer("Healthy, or Degraded: not checked yet, checks off, or the last check is stale.", "application/json", report),
                ["401"] = Answer("No key, or an unknown or revoked key.", Problems.Json, problem),
                ["403"] = Answer("A tenant key: only the admin key may ask.", Problems.Json, problem),
                ["503"] = Answer("Unhealthy: a chain is broken or could not be read (the report names it).", "application/json", report),
            },
        };
        document.Paths.Add("/health/integrity", Get(integrity));
    }

    private static OpenApiPathItem Get(OpenApiOperation operation) =>
        new() { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = operation } };

    private static OpenApiOperation Probe(OpenApiDocument document, string operationId, string summary, string? unhealthy = null)
    {
        // Plain text, not an enum: a generated client reads it as the string it is.
        var status = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Healthy or Unhealthy." };
        var responses = new OpenApiResponses { ["200"] = Text("Healthy.", status, "Healthy") };
        if (unhealthy is not null) responses["503"] = Text($"Unhealthy: {unhealthy}", status, "Unhealthy");
        return new OpenApiOperation
        {
            OperationId = operationId,
            Summary = summary,
            Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
            Security = [],   // anonymous: no key needed
            Responses = responses,
        };
    }

    private static OpenApiResponse Text(string description, IOpenApiSchema schema, string example) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { ["text/plain"] = new OpenApiMediaType { Schema = schema, Example = JsonValue.Create(example) } },
    };

    private static OpenApiResponse Answer(string description, string mediaType, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { [mediaType] = new OpenApiMediaType { Schema = schema } },
    };
}
