using System.Text.RegularExpressions;

namespace Blueindic.Api.Http;

/// <summary>
/// Wolverine answers a body it cannot deserialize ("Invalid JSON format", the JSON path in its
/// detail) or an unreadable query value ("Invalid query string value") with problems of its own;
/// this restates them as the field errors every other 400 carries, without the .NET type names. An
/// unknown property is refused by name (JsonUnmappedMemberHandling.Disallow, set in ApiSetup).
/// </summary>
public static partial class FieldErrorProblems
{
    public static void AsFieldErrors(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem is { Status: 400, Title: "Invalid query string value" } && problem.Extensions.TryGetValue("parameter", out var parameter))
        {
            var name = parameter?.ToString() ?? "query";
            problem.Title = "The request is not valid.";
            problem.Detail = $"'{name}' has a value that cannot be read.";
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [name] = ["The value has the wrong type or format."] };
            return;
        }
        if (problem is not { Status: 400, Title: "Invalid JSON format", Detail: { } detail }) return;
        var path = JsonPath().Match(detail);
        var wrongValue = detail.Contains("could not be converted", StringComparison.Ordinal) && path.Groups[1].Value.Length > 0;
        // System.Text.Json gives no path for an unknown property, only its name.
        var unknown = UnknownProperty().Match(detail);
        var field = wrongValue ? path.Groups[1].Value : unknown.Success ? unknown.Groups[1].Value : "body";
        var message = wrongValue ? "The value has the wrong type or format for this field."
            : unknown.Success ? "Unknown field: this request has none of that name (check its spelling)."
            : "The body is not well-formed JSON.";
        // Wolverine's problem says where the parser stopped (lineNumber 0 for a one-line body) and
        // links httpstatuses.com; every other 400 links RFC 9110 and names only the fields.
        problem.Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1";
        problem.Extensions.Remove("lineNumber");
        problem.Extensions.Remove("bytePositionInLine");
        problem.Title = "The request is not valid.";
        problem.Detail = field == "body" ? message : $"'{field}': {message}";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
    }

    [GeneratedRegex(@"Path: \$\.?([^\s|]*)")] private static partial Regex JsonPath();

    [GeneratedRegex("The JSON property '([^']{1,200})' could not be mapped to any .NET member")] private static partial Regex UnknownProperty();
}
