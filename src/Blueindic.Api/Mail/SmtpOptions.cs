namespace Blueindic.Api.Mail;

public enum SmtpSecurity { None, StartTls, SslOnConnect }

/// <summary>The mail relay (<c>Blueindic__Smtp__*</c>). Without a host, mails are written to <see cref="PickupDirectory"/>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The platform's sender; each mail shows the business's name beside it and its email as Reply-To.</summary>
    public string From { get; set; } = "facturas@blueindic.local";

    /// <summary>Where mails are written as .eml files when no host is set (undelivered).</summary>
    public string PickupDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "blueindic-outbox");

    /// <summary>Connections kept open to the relay and used at once.</summary>
    public int Connections { get; set; } = 4;

    /// <summary>Waits before each retry of a mail the relay did not take; after the last, the failure is recorded.</summary>
    /// <remarks>Unset by default rather than pre-filled: configuration binding would add to a pre-filled array.</remarks>
    public TimeSpan[]? RetryDelays { get; set; }

    public TimeSpan[] Retries => RetryDelays is { Length: > 0 } delays ? delays
        : [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    public bool Delivers => !string.IsNullOrWhiteSpace(Host);
}
