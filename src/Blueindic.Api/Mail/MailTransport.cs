using System.Collections.Concurrent;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Blueindic.Api.Mail;

/// <summary>
/// Hands mails to the SMTP relay over a few connections kept open (one SMTP session carries one mail
/// at a time), or, without a relay, writes each as an .eml file to the pickup directory.
/// </summary>
public sealed class MailTransport(IOptions<BlueindicOptions> options, ILogger<MailTransport> log) : IDisposable
{
    private readonly SmtpOptions smtp = options.Value.Smtp;
    private readonly ConcurrentBag<SmtpClient> idle = [];
    private readonly ConcurrentDictionary<SmtpClient, DateTime> lastUsed = new();
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.Smtp.Connections));

    /// <summary>"smtp" when mails reach a relay; "pickupDirectory" when they are only written to disk.</summary>
    public string Delivery => smtp.Delivers ? "smtp" : "pickupDirectory";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        if (!smtp.Delivers)
        {
            await WriteToPickupAsync(message, ct);
            return;
        }
        await slots.WaitAsync(ct);
        SmtpClient? client = null;
        try
        {
            client = await ConnectedAsync(ct);
            await client.SendAsync(message, ct);
            lastUsed[client] = DateTime.UtcNow;
            idle.Add(client);
            client = null;
        }
        finally
        {
            // A connection that failed mid-mail is in an unknown state: dropped, a new one is opened next time.
            if (client is not null) lastUsed.TryRemove(client, out _);
            client?.Dispose();
            slots.Release();
        }
    }

    /// <summary>A refusal the relay will repeat however often it is asked (5xx, a bad address): not retried.</summary>
    public static bool IsPermanent(Exception e) => e switch
    {
        SmtpCommandException c => (int)c.StatusCode >= 500,
        ParseException or ArgumentException => true,
        _ => false,
    };

    /// <summary>Whether retrying later may succeed: the relay or the network failed for now.</summary>
    /// <remarks>A refused login counts as "for now": it is fixed in the configuration, and the mails then go.</remarks>
    public static bool IsTransient(Exception e) => !IsPermanent(e) && e is SmtpCommandException or SmtpProtocolException
        or ServiceNotConnectedException or ServiceNotAuthenticatedException or AuthenticationException or SslHandshakeException
        or IOException or SocketException or TimeoutException or OperationCanceledException;

    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        while (idle.TryTake(out var kept))
        {
            // A relay closes idle sessions without the client noticing: one unused for a while is asked first.
            if (kept.IsConnected && await StillOpenAsync(kept, ct)) return kept;
            lastUsed.TryRemove(kept, out _);
            kept.Dispose();
        }
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = smtp.Security switch
            {
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await client.ConnectAsync(smtp.Host!, smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
            log.LogDebug("SMTP connection opened to {Host}:{Port}", smtp.Host, smtp.Port);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task<bool> StillOpenAsync(SmtpClient client, CancellationToken ct)
    {
        if (lastUsed.TryGetValue(client, out var at) && DateTime.UtcNow - at < TimeSpan.FromSeconds(15)) return true;
        try
        {
            await client.NoOpAsync(ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            lastUsed.TryRemove(client, out _);
            return false;
        }
    }

    /// <summary>Written whole under a temporary name, then renamed: a reader never sees half a mail.</summary>
    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(smtp.PickupDirectory);
        var name = string.Concat(message.MessageId!.Split(Path.GetInvalidFileNameChars()));
        var path = Path.Combine(smtp.PickupDirectory, $"{name}.eml");
        var partial = path + ".partial";
        await message.WriteToAsync(partial, ct);
        File.Move(partial, path, overwrite: true);
    }

    public void Dispose()
    {
        while (idle.TryTake(out var client))
        {
            try { if (client.IsConnected) client.Disconnect(true); } catch (Exception e) { log.LogDebug(e, "SMTP connection not closed cleanly"); }
            client.Dispose();
        }
        slots.Dispose();
    }
}
