using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
    private readonly CancellationTokenSource stop = new();
    private SmtpServer.SmtpServer server = null!;
    private Task running = Task.CompletedTask;
    private ConcurrentDictionary<string, int> messageIds = new();
    private ConcurrentDictionary<string, byte> recipients = new();
    private int count;
    private long first;
    private long last;

    public int Port { get; private init; }
    public int Count => Volatile.Read(ref count);
    public int DistinctMessageIds => messageIds.Count;
    public int DistinctRecipients => recipients.Count;
    public long First => Interlocked.Read(ref first);
    public long Last => Interlocked.Read(ref last);

    public static MailSink Start()
    {
        var sink = new MailSink { Port = FreePort() };
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, sink.Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(sink);
        services.Add(new NoDelayListeners());
        sink.server = new SmtpServer.SmtpServer(options, services);
        sink.server.SessionFaulted += (_, e) => Console.Error.WriteLine($"remind: an SMTP session failed: {e.Exception}");
        sink.running = sink.server.StartAsync(sink.stop.Token);
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

    /// <summary>
    /// Answers sent at once (Nagle off; accepted sockets inherit it from the listening one on Linux), as a
    /// relay that writes each reply whole does: this library writes a reply in two pieces, and with Nagle
    /// on the second waits for the client's delayed ACK, 40 ms a mail.
    /// </summary>
    private sealed class NoDelayListeners : SmtpServer.Net.IEndpointListenerFactory
    {
        public SmtpServer.Net.IEndpointListener CreateListener(IEndpointDefinition endpoint)
        {
            var listener = new TcpListener(endpoint.Endpoint);
            listener.Server.NoDelay = true;
            listener.Start();
            // The library's own listener around it; its constructor is internal.
            return (SmtpServer.Net.IEndpointListener)Activator.CreateInstance(typeof(SmtpServer.Net.EndpointListener),
                System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, null, [listener, (Action)listener.Stop], null)!;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
    }
}
