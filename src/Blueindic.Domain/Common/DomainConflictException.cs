namespace Blueindic.Domain.Common;

/// <summary>A command that contradicts the current state of an aggregate (HTTP 409).</summary>
public sealed class DomainConflictException(string message) : DomainException(message);
