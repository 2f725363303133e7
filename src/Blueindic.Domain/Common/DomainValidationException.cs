namespace Blueindic.Domain.Common;

/// <summary>An input that breaks a rule of the domain, reported as field errors (HTTP 400).</summary>
public sealed class DomainValidationException : DomainException
{
    public DomainValidationException(string field, string message) : base(message) =>
        Errors = new Dictionary<string, string[]> { [field] = [message] };

    public DomainValidationException(ValidationErrors errors) : base("The request is not valid.") =>
        Errors = errors.ToDictionary().AsReadOnly();

    /// <summary>
    /// Well-formed input naming something that cannot be acted on (a malformed e-mail address to send to):
    /// HTTP 422 rather than 400.
    /// </summary>
    public bool Unprocessable { get; init; }

    /// <summary>Messages by the field's JSON path (camelCase).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
