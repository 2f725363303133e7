using System.Net.Sockets;
using System.Text.Json;
using Blueindic.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Blueindic.Api.Http;

/// <summary>
/// The one error channel: every refusal a command meets (the domain's <see cref="DomainException"/>s,
/// a stale If-Match, a concurrent write, an unreachable database) becomes its RFC 9457 problem here;
/// only a real defect stays a 500.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = Map(exception);
        if (problem is null) return false;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            log.LogWarning(exception, "Database unavailable");
            http.Response.Headers.RetryAfter = "1";
        }
        else log.LogDebug(exception, "Answered {Status}", problem.Status);
        // RFC 5789 (2.2): a PATCH refused for its media type says which one it takes.
        if (problem.Status == StatusCodes.Status415UnsupportedMediaType && HttpMethods.IsPatch(http.Request.Method))
            http.Response.Headers["Accept-Patch"] = MergePatch.MediaType;
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails? Map(Exception e) => e switch
    {
        DomainValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary())
        {
            Status = v.Unprocessable ? 422 : 400, Title = Problems.ValidationTitle, Detail = Problems.ValidationDetail(v.Errors),
        },
        DomainConflictException c => Of(409, "Conflict", c.Message),
        DomainNotFoundException n => Of(404, "Not found", n.Message),
        PreconditionFailedException p => new ProblemDetails
        {
            Status = 412, Title = "Precondition failed", Detail = p.Message, Extensions = { ["currentVersion"] = p.CurrentVersion },
        },
        JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException =>
            Of(409, "Conflict", "Someone else changed this at the same time; read it again and retry."),
        _ when IsUniqueViolation(e) => Of(409, "Conflict", "That value is already used by another record."),
        // Backstop: input checks refuse control characters before they reach PostgreSQL.
        _ when Inner(e).OfType<PostgresException>().Any(p => p.SqlState is "22021" or "22P05") =>
            Of(400, "Bad request", "The request holds characters the database cannot store."),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } b => Of(413, "Payload too large", b.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } b => Of(415, "Unsupported media type", b.Message),
        BadHttpRequestException b => Of(b.StatusCode, "Bad request", b.Message),
        // Wolverine's own title for an unreadable body: FieldErrorProblems restates both alike, as field errors.
        JsonException j => Of(400, "Invalid JSON format", j.Message),
        _ when IsDatabaseDown(e) => Of(503, "Service unavailable", "The database cannot be reached; retry shortly."),
        _ => null,
    };

    internal static bool IsUniqueViolation(Exception e) =>
        Inner(e).OfType<PostgresException>().Any(p => p.SqlState == PostgresErrorCodes.UniqueViolation);

    /// <summary>The database cannot be reached or is restarting: worth retrying shortly.</summary>
    internal static bool IsDatabaseDown(Exception e) =>
        Inner(e).Any(x => x is SocketException or TimeoutException
            || x is NpgsqlException { IsTransient: true }
            || x is PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown });

    private static IEnumerable<Exception> Inner(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
    }

    private static ProblemDetails Of(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };
}
