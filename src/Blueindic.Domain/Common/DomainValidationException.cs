namespace Blueindic.Domain.Common;

/// <summary>An input that breaks a rule of the domain, reported as field errors (HTTP 400).</summary>
public sealed class DomainValidationException : DomainException
{
    public DomainValidationException(string field, string message) : base(message) =>
        Errors = new Dictionary<string, string[]> { [field] = [message] };

    public DomainValidationException(ValidationErrors errors) : base("The request is not valid.") =>
        Errors = errors.ToDictionary().AsReadOnly();

    /// <summary>Messages by the field's JSON path (camelCase).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
