using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// A real SMTP server in the test process (SmtpServer 11): the API's MailKit client talks SMTP to it over
/// TCP. It keeps every mail it takes; <see cref="Refuse"/> makes it answer some recipients with an error.
/// </summary>
public sealed class SmtpSink : MessageStore, IAsyncDisposable
{
    private readonly Arrivals<MimeMessage> received = new();
    private readonly CancellationTokenSource stop = new();
    private SmtpServer.SmtpServer server = null!;
    private Task running = Task.CompletedTask;

    public int Port { get; private set; }

    /// <summary>Answers a mail with this reply (e.g. 550, or 451 for "try later") instead of taking it; null takes it.</summary>
    public Func<MimeMessage, SmtpResponse?> Refuse { get; set; } = _ => null;

    public IReadOnlyCollection<MimeMessage> Received => received.Items;

    public static SmtpSink Start()
    {
        var sink = new SmtpSink { Port = FreePort() };
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, sink.Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(sink);
        sink.server = new SmtpServer.SmtpServer(options, services);
        sink.running = sink.server.StartAsync(sink.stop.Token);
        return sink;
    }

    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
        CancellationToken ct)
    {
        var message = MimeMessage.Load(new MemoryStream(buffer.ToArray()));
        if (Refuse(message) is { } refusal) return Task.FromResult(refusal);
        received.Add(message);
        return Task.FromResult(SmtpResponse.Ok);
    }

    /// <summary>The mails received so far that match, once there are at least <paramref name="count"/> (or the timeout passes).</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<MimeMessage, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        await received.UntilAsync(mails => mails.Count(match) >= count, timeout ?? TimeSpan.FromSeconds(20));
        return received.Items.Where(match).ToList();
    }

    public static bool To(MimeMessage m, string address) =>
        m.To.Mailboxes.Concat(m.Cc.Mailboxes).Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase));

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
