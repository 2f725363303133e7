namespace Blueindic.Domain.Common;

/// <summary>Field errors of a refused input, keyed by the field's JSON path (camelCase).</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

/// <summary>A command that contradicts the current state of an aggregate (HTTP 409).</summary>
public sealed class DomainConflictException(string message) : Exception(message);

/// <summary>A command that names something which does not exist in the aggregate (HTTP 404).</summary>
public sealed class DomainNotFoundException(string message) : Exception(message);
