using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// Every answer any API test receives is checked against the OpenAPI document: its status must be
/// declared for its operation, its media type declared for that status, and a JSON body valid
/// against the schema declared for both (nullability and required properties included). A failing
/// check fails the test that made the request, so no endpoint can drift from the document unnoticed.
/// </summary>
public sealed class ResponseContract(IServiceProvider services)
{
    private readonly Lazy<OpenApiDocument> _document = new(() => services.GetRequiredService<ISwaggerProvider>().GetSwagger("v1"));
    private readonly Lazy<ResponseSchemas> _schemas = new(() => new ResponseSchemas(services.GetRequiredService<ISwaggerProvider>().GetSwagger("v1")));

    public void Check(HttpContext? http)
    {
        if (http is null || !http.Request.Path.StartsWithSegments("/api") || http.GetEndpoint() is not RouteEndpoint endpoint) return;
        var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        var what = $"{http.Request.Method} {route} answered {http.Response.StatusCode}";
        if (_document.Value.Paths.GetValueOrDefault(route)?.Operations?.GetValueOrDefault(new HttpMethod(http.Request.Method)) is not { } operation)
            throw new ResponseContractException($"{what}, but the OpenAPI document has no such operation.");
        if (operation.Responses?.GetValueOrDefault($"{http.Response.StatusCode}") is not { } declared)
            throw new ResponseContractException($"{what}, a status its OpenAPI operation does not declare ({string.Join(", ", operation.Responses!.Keys)}).");
        var mediaType = http.Response.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || declared.Content is not { Count: > 0 } content) return;
        if (!content.ContainsKey(mediaType))
            throw new ResponseContractException($"{what} as {mediaType}, which the OpenAPI document does not declare ({string.Join(", ", content.Keys)}).");
        if (!mediaType.EndsWith("json") || ReadBody(http.Response) is not { Length: > 0 } body) return;
        var problems = _schemas.Value.Problems(route, http.Request.Method, http.Response.StatusCode, mediaType, body);
        if (problems.Count > 0)
            throw new ResponseContractException($"{what} with a body its OpenAPI schema refuses: {string.Join("; ", problems)}\n{body[..Math.Min(body.Length, 2000)]}");
    }

    /// <summary>The body as text, leaving it readable again for the test (the test server's stream reads once).</summary>
    private static string ReadBody(HttpResponse response)
    {
        if (!response.Body.CanSeek)
        {
            var copy = new MemoryStream();
            response.Body.CopyTo(copy);
            response.Body = copy;
        }
        response.Body.Position = 0;
        var text = new StreamReader(response.Body, leaveOpen: true).ReadToEnd();
        response.Body.Position = 0;
        return text;
    }
}

public sealed class ResponseContractException(string message) : Exception(message);
