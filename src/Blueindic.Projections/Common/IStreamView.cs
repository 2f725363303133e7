namespace Blueindic.Projections.Common;

/// <summary>A read model of one stream, carrying the stream's version (sent as its ETag).</summary>
public interface IStreamView
{
    Guid Id { get; }
    long Version { get; }
}
