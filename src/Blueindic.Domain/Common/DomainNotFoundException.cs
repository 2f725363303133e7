namespace Blueindic.Domain.Common;

/// <summary>A command that names something which does not exist, or not for this business (HTTP 404).</summary>
public sealed class DomainNotFoundException(string message) : DomainException(message)
{
    /// <summary>The message every unknown id gets: "No invoice with that id."</summary>
    public static DomainNotFoundException Of(string what) => new($"No {what} with that id.");
}
