using Blueindic.Api.Http;
using Microsoft.OpenApi;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>
/// The problems any operation may answer, worded as Http/ (Problems, RequestLimits, RateLimits,
/// ProblemExceptionHandler), Auth/ and Idempotency/ write them. A resource's own are in its class.
/// </summary>
internal sealed class ProblemExamples : IOpenApiExamples
{
    public void AddTo(ExampleBook book) => book
        .Problem(400, BadRequest)
        .Problem(401, Problem(401, "Unauthorized", "Send a valid API key as 'Authorization: Bearer <key>'."))
        .Problem(403, Problem(403, "Forbidden", "This key may not call this endpoint."))
        .Problem(404, Problem(404, "Not found", "No client with that id."))
        .Problem(409, Problem(409, "Conflict", "Someone else changed this at the same time; read it again and retry."))
        .Problem(412, Problem(412, "Precondition failed", "If-Match does not match the current version \"4\"; read it again and retry.",
            """{ "currentVersion": 4 }"""))
        .Problem(413, Problem(413, "Payload too large", "The body may be at most 1048576 bytes."))
        .Problem(414, Problem(414, "URI too long", $"The request target may be at most {RequestLimits.MaxTargetLength} characters."))
        .Problem(415, Problem(415, "Unsupported Media Type", null))
        .Problem(422, Problem(422, "Idempotency-Key reused", "This Idempotency-Key was used with another request."))
        .Problem(429, Problem(429, "Too many requests", "The request rate is over its limit; retry in 1 s."))
        .Problem(431, Problem(431, "Request header fields too large", $"A request may carry at most {RequestLimits.MaxHeaderCount} headers."))
        .Problem(503, Problem(503, "Service unavailable", "The database cannot be reached; retry shortly."));

    /// <summary>
    /// A body's 400 without field errors of its own schema is a misspelt field; a query's names its
    /// first parameter; with neither, what any request may get: a URL that is not percent-encoded.
    /// </summary>
    private static string BadRequest(OpenApiOperation operation)
    {
        if (operation.RequestBody is not null)
            return Problem(400, "The request is not valid.", "'coments': Unknown field: this request has none of that name (check its spelling).",
                """{ "errors": { "coments": ["Unknown field: this request has none of that name (check its spelling)."] } }""");
        if (operation.Parameters?.FirstOrDefault(p => p.In == ParameterLocation.Query)?.Name is { } name)
            return Problem(400, "The request is not valid.", $"'{name}' has a value that cannot be read.",
                $$"""{ "parameter": "{{name}}", "errors": { "{{name}}": ["The value has the wrong type or format."] } }""");
        return Problem(400, BadUrls.Title, BadUrls.NotAsciiDetail);
    }
}
