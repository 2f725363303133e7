using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// Every answer any API test receives is checked against the OpenAPI document: its status must be
/// declared for its operation, and its media type declared for that status. A failing check fails
/// the test that made the request, so no endpoint can drift from the document unnoticed. (The
/// bodies' schemas are not checked yet.)
/// </summary>
public sealed class ResponseContract(IServiceProvider services)
{
    private readonly Lazy<OpenApiDocument> _document = new(() => services.GetRequiredService<ISwaggerProvider>().GetSwagger("v1"));

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
    }
}

public sealed class ResponseContractException(string message) : Exception(message);
