using Blueindic.Api.Idempotency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Blueindic.Api.OpenApi;

public static class OpenApiSetup
{
    public static IServiceCollection ConfigureOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Blueindic API",
                Version = "v1",
                Description = "Clients, invoices and collections for Spanish freelancers and small businesses. " +
                              "Authenticate with 'Authorization: Bearer <api key>'. Errors are RFC 9457 problems.",
            });
            o.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A tenant API key (bik_…) or, for /api/admin, the admin key.",
            });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("bearer", document)] = [],
            });
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(Domain.Clients.Client).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml)) o.IncludeXmlComments(xml, includeControllerXmlComments: true);
            }
            // A reference property that may be null says so (allOf + nullable): OpenAPI 3.0 ignores siblings of $ref.
            o.UseAllOfToExtendReferenceSchemas();
            // What the compiler knows of null is what a client reads: a string? may be null, a string
            // never is and is always sent (required).
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            // Money is decimal: a generated client must not read it into a double.
            o.MapType<decimal>(() => new OpenApiSchema { Type = JsonSchemaType.Number, Format = "decimal" });
            o.OperationFilter<MergePatchFilter>();   // before the common problems: its body's 415 is one of them
            o.OperationFilter<CommonProblemsFilter>();
            o.OperationFilter<FileUploadFilter>();
            o.OperationFilter<TextMediaTypesFilter>();
            o.OperationFilter<AlsoAnswersFilter>();
            o.DocumentFilter<DropUnusedSchemas>();
            o.DocumentFilter<HealthEndpoints>();
            o.DocumentFilter<ExamplesFilter>();   // after every operation is in
            o.SchemaFilter<ProblemMembersOptional>();
            // One endpoint class per use case: its name is the operation's (RegisterClient), which is
            // what a generated client calls (RegisterClientAsync).
            o.CustomOperationIds(api => api.ActionDescriptor.EndpointMetadata.OfType<Wolverine.Http.HttpChain>().FirstOrDefault() is { } chain
                ? OperationId(chain.Method.HandlerType)
                : api.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName);
            o.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    /// <summary>An endpoint class's operation id: its name without "Endpoint".</summary>
    internal static string OperationId(Type endpoint) => endpoint.Name.Replace("Endpoint", "");

    /// <summary>A type's schema name in the document: its own, or Page&lt;Invoice&gt; as PageOfInvoice.</summary>
    internal static string SchemaId(Type t) => t.IsGenericType
        ? t.Name[..t.Name.IndexOf('`')] + "Of" + string.Concat(t.GetGenericArguments().Select(a => a.Name))
        : t.Name;

    /// <summary>RFC 9457: every member of a problem is optional, "errors" included (only field errors carry it).</summary>
    private sealed class ProblemMembersOptional : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is OpenApiSchema problem && typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type))
                problem.Required?.Clear();
        }
    }

    private sealed class DropUnusedSchemas : IDocumentFilter
    {
        public void Apply(OpenApiDocument document, DocumentFilterContext context) => document.Components?.Schemas?.Remove("IResult");
    }

    /// <summary>
    /// An answer declared with a text media type of its own (an SVG image) is left without content by
    /// the generator, which describes only JSON for a string; this puts the media type back, and
    /// gives the endpoint's errors theirs (problem+json).
    /// </summary>
    private sealed class TextMediaTypesFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var mediaTypes = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ProducesAttribute>().SelectMany(p => p.ContentTypes).ToList();
            if (mediaTypes.Count == 0) return;
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (response is not OpenApiResponse answer) continue;
                answer.Content ??= new Dictionary<string, IOpenApiMediaType>();
                if (status.StartsWith('2'))
                {
                    if (answer.Content.Count > 0) continue;
                    foreach (var mediaType in mediaTypes)
                        answer.Content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                }
                // The generator gives the errors the endpoint's media type too; they are problems.
                else if (mediaTypes.FirstOrDefault(answer.Content.ContainsKey) is { } wrong)
                {
                    var problem = answer.Content[wrong];
                    foreach (var mediaType in mediaTypes) answer.Content.Remove(mediaType);
                    answer.Content[Problems.Json] = problem;
                }
            }
        }
    }

    /// <summary>A second representation of a JSON answer, chosen by Accept (<see cref="AlsoAnswersAttribute"/>), described as text.</summary>
    private sealed class AlsoAnswersFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var also = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AlsoAnswersAttribute>().ToList();
            if (also.Count == 0) return;
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (!status.StartsWith('2') || response is not OpenApiResponse answer) continue;
                answer.Content ??= new Dictionary<string, IOpenApiMediaType>();
                foreach (var a in also)
                    answer.Content[a.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = a.Description } };
            }
        }
    }

    /// <summary>An upload endpoint reads its form itself; the document still shows the file field to send.</summary>
    private sealed class FileUploadFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<FileUploadAttribute>().FirstOrDefault() is not { } upload) return;
            var fields = new Dictionary<string, IOpenApiSchema>
            {
                ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = upload.Description },
            };
            if (upload.TextField is { } text) fields[text] = new OpenApiSchema { Type = JsonSchemaType.String, Description = upload.TextFieldDescription };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["multipart/form-data"] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { "file" },
                            Properties = fields,
                        },
                    },
                },
            };
        }
    }

    /// <summary>
    /// A PATCH reads its merge patch itself (<see cref="MergePatchBodyAttribute"/>); the document shows it: the PUT
    /// input's members, none required, as application/merge-patch+json.
    /// </summary>
    private sealed class MergePatchFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<MergePatchBodyAttribute>().FirstOrDefault() is not { } patch) return;
            var id = $"{patch.Input.Name}MergePatch";
            if (!context.SchemaRepository.Schemas.ContainsKey(id))
            {
                context.SchemaGenerator.GenerateSchema(patch.Input, context.SchemaRepository);
                var input = (OpenApiSchema)context.SchemaRepository.Schemas[patch.Input.Name];
                context.SchemaRepository.AddDefinition(id, new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = input.Properties,
                    AdditionalPropertiesAllowed = input.AdditionalPropertiesAllowed,
                    Description = $"A JSON merge patch (RFC 7396) of {patch.Input.Name}: only the members sent change, null clears an " +
                                  "optional one (a required one refuses it), objects merge member by member, arrays are replaced whole.",
                });
            }
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [MergePatch.MediaType] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchemaReference(id, context.Document),
                    },
                },
            };
        }
    }

    /// <summary>Problems every /api operation can answer, so each endpoint lists only its own.</summary>
    private sealed class CommonProblemsFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var path = context.ApiDescription.RelativePath ?? "";
            if (!path.StartsWith("api/", StringComparison.Ordinal)) return;
            operation.Responses ??= new OpenApiResponses();
            // Wolverine adds a 200 typed IResult and a bare 404 to endpoints returning IResult; each
            // endpoint declares its real answers, so drop those guesses (and the id it copies into the description).
            foreach (var (status, response) in operation.Responses.ToList())
            {
                var isIResult = response.Content?.Values.Any(c => c.Schema is OpenApiSchemaReference { Reference.Id: "IResult" }) == true;
                var isBare404 = status == "404" && response.Content?.ContainsKey(Problems.Json) != true;
                if (isIResult || isBare404) operation.Responses.Remove(status);
            }
            var wolverineName = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
            if (operation.Description == operation.OperationId || operation.Description == wolverineName) operation.Description = null;
            Add(operation, context, "401", "No key, or an unknown or revoked key.");
            if (path.StartsWith("api/admin", StringComparison.Ordinal)) Add(operation, context, "403", "A tenant key on an admin endpoint.");
            else Add(operation, context, "403", "The admin key on a tenant endpoint.");
            if (context.ApiDescription.HttpMethod is "POST" or "PUT" or "PATCH")
                Add(operation, context, "400", "Invalid input: malformed JSON, wrong types, unknown fields, or field errors.");
            // The request's own size, checked before any endpoint runs (Http/RequestLimits).
            Add(operation, context, "413", "The body is too large.");
            Add(operation, context, "414", "The request target is over 8 KB.");
            Add(operation, context, "431", "The headers are over 32 KB, or more than 100.");
            // A query value that cannot be read (year=abc, format=pdf) is refused before the endpoint runs.
            if (operation.Parameters?.Any(p => p.In == ParameterLocation.Query) == true)
                Add(operation, context, "400", "A query value that cannot be read or is out of range.");
            // Checked before any endpoint runs too (Http/BadUrls, Http/RejectedTargets).
            Add(operation, context, "400", "The URL is not valid: broken percent-encoding, or bytes outside ASCII.");
            if (operation.RequestBody?.Content?.ContainsKey("application/json") == true)
                Add(operation, context, "415", "The body is not sent as application/json.");
            if (operation.RequestBody?.Content?.ContainsKey(MergePatch.MediaType) == true)
                Add(operation, context, "415", $"The body is not sent as {MergePatch.MediaType}.");
            Add(operation, context, "429", "Over the caller's request rate; retry after Retry-After seconds.");
            if (context.ApiDescription.HttpMethod == "POST")
            {
                Header(operation, IdempotencyMiddleware.Header, "Any unique text (≤ 255 characters): a retry with the same key and body " +
                    "gets the first answer again, kept 24 h, instead of acting twice.", maxLength: 255);
                Add(operation, context, "422", "The Idempotency-Key was already used with another request.");
            }
            if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ShownOnceAttribute>().Any())
                Add(operation, context, "409", "A replayed Idempotency-Key: the key was shown once, in the first answer; the problem gives its keyId.");
            // Every operation on one resource may find none of this business's; every command on one
            // may conflict with its state or carry a stale If-Match. Said once here, not per endpoint.
            if (path.Contains('{'))
            {
                Add(operation, context, "404", "This business has no such resource.");
                if (!path.StartsWith("api/admin", StringComparison.Ordinal) && context.ApiDescription.HttpMethod is "POST" or "PUT" or "PATCH")
                {
                    Add(operation, context, "409", "The command conflicts with the resource's current state.");
                    Add(operation, context, "412", "If-Match does not match the current version.");
                    Header(operation, "If-Match", "The version the change is meant for, quoted (\"3\", the ETag): a stale one is a 412.");
                }
            }
            // A resource without an id in its path that still takes If-Match (the business profile) declares its own 412.
            if (operation.Responses.ContainsKey("412"))
                Header(operation, "If-Match", "The version the change is meant for, quoted (\"3\", the ETag): a stale one is a 412.");
            if (operation.Responses.ContainsKey("304"))
                Header(operation, "If-None-Match", "The ETag of the copy held: while it is current, a 304 without a body.");
            Add(operation, context, "503", "The database cannot be reached.");
        }

        private static void Header(OpenApiOperation operation, string name, string description, int? maxLength = null)
        {
            operation.Parameters ??= [];
            if (operation.Parameters.Any(p => p.Name == name)) return;
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name, In = ParameterLocation.Header, Required = false, Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
            });
        }

        private static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description)
        {
            if (operation.Responses!.ContainsKey(status)) return;
            var schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType> { [Problems.Json] = new OpenApiMediaType { Schema = schema } },
            };
        }
    }
}
