using System.Buffers;
using Blueindic.Testing;
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
    private LoopbackSmtpServer server = null!;

    public int Port => server.Port;

    /// <summary>Answers a mail with this reply (e.g. 550, or 451 for "try later") instead of taking it; null takes it.</summary>
    public Func<MimeMessage, SmtpResponse?> Refuse { get; set; } = _ => null;

    public IReadOnlyCollection<MimeMessage> Received => received.Items;

    public static SmtpSink Start()
    {
        var sink = new SmtpSink();
        sink.server = LoopbackSmtpServer.Start(sink);
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

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
