using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using Blueindic.Testing;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Blueindic.Bench;

/// <summary>
/// `remind`'s SMTP server (SmtpServer 11) in the bench's process, taking every mail at once: the API
/// and the MailKit baseline deliver to the same one. It reads each mail's headers only (its
/// Message-ID and recipient), and keeps when the last one of a series arrived.
/// </summary>
internal sealed class MailSink : MessageStore, IAsyncDisposable
{
    private LoopbackSmtpServer server = null!;
    private ConcurrentDictionary<string, int> messageIds = new();
    private ConcurrentDictionary<string, byte> recipients = new();
    private int count;
    private long first;
    private long last;

    public int Port => server.Port;
    public int Count => Volatile.Read(ref count);
    public int DistinctMessageIds => messageIds.Count;
    public int DistinctRecipients => recipients.Count;
    public long First => Interlocked.Read(ref first);
    public long Last => Interlocked.Read(ref last);

    public static MailSink Start()
    {
        var sink = new MailSink();
        sink.server = LoopbackSmtpServer.Start(sink, e => Console.Error.WriteLine($"remind: an SMTP session failed: {e.Exception}"));
        return sink;
    }

    /// <summary>Forgets the previous series.</summary>
    public void Reset()
    {
        messageIds = new();
        recipients = new();
        Interlocked.Exchange(ref count, 0);
        Interlocked.Exchange(ref first, 0);
        Interlocked.Exchange(ref last, 0);
    }

    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken ct)
    {
        var headers = HeaderList.Load(new MemoryStream(buffer.ToArray()));
        messageIds.AddOrUpdate(headers[HeaderId.MessageId] ?? "", 1, (_, n) => n + 1);
        recipients.TryAdd(headers[HeaderId.To] ?? "", 0);
        var now = Stopwatch.GetTimestamp();
        Interlocked.CompareExchange(ref first, now, 0);
        Interlocked.Exchange(ref last, now);
        Interlocked.Increment(ref count);
        return Task.FromResult(SmtpResponse.Ok);
    }

    /// <summary>Waits until <paramref name="expected"/> mails have arrived; false when none arrived for <paramref name="idle"/>.</summary>
    public async Task<bool> WaitForAsync(int expected, TimeSpan idle)
    {
        var seen = Count;
        var since = Stopwatch.StartNew();
        while (Count < expected)
        {
            await Task.Delay(10);
            if (Count != seen)
            {
                seen = Count;
                since.Restart();
            }
            else if (since.Elapsed > idle) return false;
        }
        return true;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
