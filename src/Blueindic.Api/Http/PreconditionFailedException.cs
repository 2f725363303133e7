namespace Blueindic.Api.Http;

/// <summary>An <c>If-Match</c> that names another version than the stream's current one (HTTP 412).</summary>
public sealed class PreconditionFailedException(long currentVersion)
    : Exception($"If-Match does not match the current version \"{currentVersion}\"; read it again and retry.")
{
    public long CurrentVersion { get; } = currentVersion;
}
