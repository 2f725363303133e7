using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Blueindic.Api.OpenApi;

/// <summary>
/// Puts an example on every JSON request body and JSON answer of the document, from the
/// <see cref="ExampleBook"/> (Swagger UI's "Try it out" starts from it). What has none is left
/// without, and OpenApiExamplesTests names it.
/// </summary>
internal sealed class ExamplesFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var book = ExampleBook.Collected;
        foreach (var (path, item) in document.Paths)
        foreach (var operation in item.Operations?.Values.AsEnumerable() ?? [])
        {
            foreach (var (mediaType, content) in JsonContent(operation.RequestBody?.Content))
                content.Example = book.ForRequest(operation.OperationId, ExampleBook.SchemaId(content.Schema, out var isArray), isArray);
            foreach (var (status, response) in operation.Responses ?? [])
            foreach (var (mediaType, content) in JsonContent(response.Content))
                content.Example = book.ForAnswer(path, operation, status, ExampleBook.SchemaId(content.Schema, out var isArray), isArray);
        }
    }

    /// <summary>The JSON media types still without an example.</summary>
    private static IEnumerable<(string MediaType, OpenApiMediaType Content)> JsonContent(IDictionary<string, IOpenApiMediaType>? content) =>
        (content ?? new Dictionary<string, IOpenApiMediaType>())
        .Where(c => IsJson(c.Key) && c.Value is OpenApiMediaType { Example: null })
        .Select(c => (c.Key, (OpenApiMediaType)c.Value));

    /// <summary>application/json, and any +json type (problem+json, merge-patch+json).</summary>
    internal static bool IsJson(string mediaType) => mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);
}
