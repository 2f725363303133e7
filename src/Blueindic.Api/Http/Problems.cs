using Blueindic.Domain.Common;

namespace Blueindic.Api.Http;

/// <summary>
/// RFC 9457 answers for what queries refuse themselves (commands throw, see <see cref="ProblemExceptionHandler"/>);
/// a 400 reads the same whichever way it came.
/// </summary>
public static class Problems
{
    public const string Json = "application/problem+json";
    public const string ValidationTitle = "The request is not valid.";

    public static IResult Validation(ValidationErrors errors)
    {
        var fields = errors.ToDictionary();
        return Results.ValidationProblem(fields, ValidationDetail(fields), title: ValidationTitle);
    }

    /// <summary>The one message when one field is wrong; none when several are (they are in <c>errors</c>).</summary>
    public static string? ValidationDetail(IEnumerable<KeyValuePair<string, string[]>> fields) =>
        fields.Count() == 1 && fields.Single().Value is [var only] ? only : null;

    public static IResult Validation(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Validation(errors);
    }

    public static IResult NotFound(string what) => Missing(DomainNotFoundException.Of(what).Message);

    /// <summary>A 404 that says more than "no such id" (the thing exists, but not as asked).</summary>
    public static IResult Missing(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    /// <summary>A question the resource's state leaves without an answer (a query's own 409; commands throw theirs).</summary>
    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemDetails Of(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
