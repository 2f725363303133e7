using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Blueindic.Testing;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Blueindic.Faults;

/// <summary>A mail the SMTP server took: when, from which client port, and what identifies it.</summary>
internal sealed record ReceivedMail(long At, int ClientPort, string MessageId, string To, string Subject);

/// <summary>
/// A real SMTP server in the drill's process (SmtpServer 11), as the API tests' sink, that takes each
/// mail only after a pause (<c>slowest</c>..<c>fastest</c>): sending lasts long enough to kill a node in
/// the middle of it, and a mail is still being taken when the kill lands.
/// </summary>
internal sealed class SmtpSink : MessageStore, IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedMail> received = new();
    private readonly TimeSpan fastest;
    private readonly TimeSpan slowest;
    private LoopbackSmtpServer server = null!;
    private int taking;

    private SmtpSink(TimeSpan fastest, TimeSpan slowest) => (this.fastest, this.slowest) = (fastest, slowest);

    public int Port => server.Port;

    public IReadOnlyCollection<ReceivedMail> Received => received;

    /// <summary>Mails whose data has arrived and which the server has not answered yet (inside the pause).</summary>
    public int Taking => Volatile.Read(ref taking);

    public static SmtpSink Start(TimeSpan fastest, TimeSpan slowest)
    {
        var sink = new SmtpSink(fastest, slowest);
        sink.server = LoopbackSmtpServer.Start(sink);
        return sink;
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken ct)
    {
        Interlocked.Increment(ref taking);
        try
        {
            var message = MimeMessage.Load(new MemoryStream(buffer.ToArray()));
            var pause = fastest + (slowest - fastest) * Random.Shared.NextDouble();
            await Task.Delay(pause, CancellationToken.None);
            var port = context.Properties.TryGetValue(EndpointListener.RemoteEndPointKey, out var remote) && remote is IPEndPoint ip ? ip.Port : 0;
            // Kept whatever becomes of the answer: a client killed during the pause never reads the 250,
            // yet the mail was taken, as a real relay would have taken it.
            received.Enqueue(new ReceivedMail(Stopwatch.GetTimestamp(), port, message.MessageId ?? "",
                string.Join(",", message.To.Mailboxes.Select(m => m.Address.ToLowerInvariant())), message.Subject ?? ""));
            return SmtpResponse.Ok;
        }
        finally
        {
            Interlocked.Decrement(ref taking);
        }
    }

    /// <summary>
    /// How many open connections to this server <paramref name="pid"/> holds: the client ends in the
    /// kernel's TCP table whose peer is this port, matched to the process by its socket descriptors.
    /// </summary>
    public int ConnectionsFrom(int pid)
    {
        var inodes = File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[3] == "01" && Convert.ToInt32(f[2].Split(':')[1], 16) == Port)
            .Select(f => $"socket:[{f[9]}]")
            .ToHashSet();
        var held = 0;
        foreach (var fd in Directory.EnumerateFiles($"/proc/{pid}/fd"))
            try { if (new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target)) held++; }
            catch (IOException) { } // closed meanwhile
        return held;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
