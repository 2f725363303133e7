using Blueindic.Domain.Common;

namespace Blueindic.Api.Http;

/// <summary>RFC 9457 answers for the refusals endpoints return themselves.</summary>
public static class Problems
{
    public const string Json = "application/problem+json";

    public static IResult Validation(ValidationErrors errors) =>
        Results.ValidationProblem(errors.ToDictionary(), title: "The request is not valid.");

    public static IResult Validation(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Validation(errors);
    }

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No {what} with that id.");

    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemDetails Of(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
