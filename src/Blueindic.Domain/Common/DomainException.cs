namespace Blueindic.Domain.Common;

/// <summary>
/// The one way the domain refuses a command: each subtype maps to one RFC 9457 problem at the HTTP
/// edge, and nothing is appended for a refused command.
/// </summary>
public abstract class DomainException(string message) : Exception(message);
