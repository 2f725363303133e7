using System.Collections.Concurrent;

namespace Blueindic.Api.OpenApi;

/// <summary>
/// Serves the OpenAPI document (JSON or YAML) from memory after its first build: Swashbuckle builds
/// it anew on every request (45–65 ms of CPU, against about 6 ms for an API call), and it cannot
/// change while the process runs.
/// </summary>
public sealed class OpenApiDocumentCache : IMiddleware
{
    private sealed record Document(byte[] Body, string ContentType);

    private readonly ConcurrentDictionary<string, Document> _documents = new();
    private int _builds;

    /// <summary>How many times a document was built: once per format, unless two first requests raced.</summary>
    public int Builds => Volatile.Read(ref _builds);

    private static bool IsDocument(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments("/swagger")
        && System.IO.Path.GetExtension(request.Path.Value) is ".json" or ".yaml" or ".yml";

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (!IsDocument(http.Request))
        {
            await next(http);
            return;
        }
        var path = http.Request.Path.Value!;
        if (!_documents.TryGetValue(path, out var document))
        {
            var original = http.Response.Body;
            using var built = new MemoryStream();
            http.Response.Body = built;
            try { await next(http); }
            finally { http.Response.Body = original; }
            if (http.Response.StatusCode != StatusCodes.Status200OK)
            {
                await original.WriteAsync(built.ToArray(), http.RequestAborted);
                return;
            }
            Interlocked.Increment(ref _builds);
            document = _documents.GetOrAdd(path, new Document(built.ToArray(), http.Response.ContentType ?? "application/json"));
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = document.ContentType;
        http.Response.ContentLength = document.Body.Length;
        await http.Response.Body.WriteAsync(document.Body, http.RequestAborted);
    }
}
