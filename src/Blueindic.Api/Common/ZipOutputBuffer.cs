namespace Blueindic.Api.Common;

/// <summary>
/// What <see cref="System.IO.Compression.ZipArchive"/> writes into, held until drained to the
/// response asynchronously: the archive writes synchronously in places (an entry's deflate stream
/// on dispose, the central directory), which Kestrel refuses. Drained after each entry (or each
/// chunk of one), it holds little. It says it cannot seek, so the archive writes as to a network
/// stream (data descriptors) and keeps its own count of offsets across drains.
/// </summary>
internal sealed class ZipOutputBuffer : MemoryStream
{
    public override bool CanSeek => false;
    public override bool CanRead => false;

    /// <summary>Writes what is held to <paramref name="output"/> and forgets it.</summary>
    public async Task DrainAsync(Stream output, CancellationToken ct)
    {
        if (Length == 0) return;
        await output.WriteAsync(GetBuffer().AsMemory(0, (int)Length), ct);
        SetLength(0);
    }
}
