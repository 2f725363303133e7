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

    /// <summary>Refuses the input with every field error found, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty) throw new DomainValidationException(this);
    }
}
