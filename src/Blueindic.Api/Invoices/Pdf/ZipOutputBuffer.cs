namespace Blueindic.Api.Invoices.Pdf;

/// <summary>
/// What <see cref="System.IO.Compression.ZipArchive"/> writes into, held until drained to the
/// response asynchronously: the archive writes synchronously in places (an entry's deflate stream
/// on dispose, the central directory), which Kestrel refuses. Drained after each entry, it holds
/// one PDF at most. Not seekable, so the archive writes as to a network stream (data descriptors).
/// </summary>
internal sealed class ZipOutputBuffer : Stream
{
    private readonly MemoryStream _pending = new();
    private long _written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override void Flush() { }

    /// <summary>Writes what is held to <paramref name="output"/> and forgets it.</summary>
    public async Task DrainAsync(Stream output, CancellationToken ct)
    {
        if (_pending.Length == 0) return;
        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
        _pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
