namespace Blueindic.Api.Http;

/// <summary>
/// The last problem writer, for a request whose Accept excludes JSON (a browser opening an API
/// address sends <c>text/html</c>). The default writer declines such a request, and the problem
/// service then throws: a 401 became a 500 with an empty body. An error is still described, as
/// <c>application/problem+json</c> (RFC 9457): this writer has the default one write it, as if
/// the client had asked for JSON, so the document is the same whatever the Accept header says.
/// </summary>
public sealed class AnyAcceptProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        var accept = request.Headers.Accept;
        request.Headers.Accept = Problems.Json;
        try
        {
            var writer = context.HttpContext.RequestServices.GetServices<IProblemDetailsWriter>()
                .First(w => w is not AnyAcceptProblemWriter && w.CanWrite(context));
            await writer.WriteAsync(context);
        }
        finally
        {
            request.Headers.Accept = accept;
        }
    }
}
