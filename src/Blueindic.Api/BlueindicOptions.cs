namespace Blueindic.Api;

/// <summary>The <c>Blueindic</c> configuration section (env <c>Blueindic__*</c>).</summary>
public sealed class BlueindicOptions
{
    public const string Section = "Blueindic";

    /// <summary>Key for /api/admin/*. Generated and printed at start in Development when empty.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Create or upgrade the database schema at start.</summary>
    public bool AutoMigrate { get; set; } = true;

    /// <summary>Create a demo tenant with clients at start, and print its key.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>The demo tenant's API key; generated and printed when empty.</summary>
    public string? DemoApiKey { get; set; }

    /// <summary>
    /// Legal late-payment interest rates published after this release, by semester ("2026H2": 10.15);
    /// they extend or override the built-in ones.
    /// </summary>
    public Dictionary<string, decimal> LatePaymentRates { get; set; } = [];

    /// <summary>
    /// Take part in running the async projections. Nodes over one database elect one of them to run
    /// them all (HotCold); when it dies another takes over. Off: this node never runs them.
    /// </summary>
    public bool RunAsyncDaemon { get; set; } = true;

    /// <summary>
    /// Seconds without a heartbeat (sent every 10 s) after which the other nodes judge this one dead and
    /// take over its durable messages: mails, reminder batches, scheduled scans. Wolverine's default is 60,
    /// which with its two confirming health checks hands a dead node's mails over 70–90 s after the crash.
    /// Lower is a faster takeover; too low, and a node only paused (a long GC, a slow database) is judged
    /// dead while it still sends, so a mail it was sending may go twice (same Message-ID).
    /// </summary>
    public int StaleNodeSeconds { get; set; } = 60;

    /// <summary>Largest request body accepted, in bytes (413 above it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Limits of the client import (<c>Blueindic__Imports__*</c>).</summary>
    public ImportOptions Imports { get; set; } = new();

    /// <summary>The mail relay for invoices and reminders (<c>Blueindic__Smtp__*</c>).</summary>
    public Mail.SmtpOptions Smtp { get; set; } = new();

    /// <summary>The scan that sends payment reminders (<c>Blueindic__Reminders__*</c>).</summary>
    public Reminders.RemindersOptions Reminders { get; set; } = new();

    /// <summary>Requests per API key (<c>Blueindic__RateLimit__*</c>).</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>The OpenAPI document and Swagger UI (<c>Blueindic__Swagger__*</c>).</summary>
    public SwaggerOptions Swagger { get; set; } = new();

    /// <summary>Minutes between checks of every business's VERI*FACTU chain (first at start); 0 turns them off.</summary>
    public int ChainCheckMinutes { get; set; } = 60;

    /// <summary>VERI*FACTU records and their submission to the AEAT (<c>Blueindic__Verifactu__*</c>).</summary>
    public Verifactu.VerifactuOptions Verifactu { get; set; } = new();

    /// <summary>The keys that encrypt secrets at rest, such as the signing certificate (<c>Blueindic__DataProtection__*</c>).</summary>
    public Settings.DataProtectionOptions DataProtection { get; set; } = new();

    /// <summary>Origins whose browser pages may call the API (CORS); none by default, so CORS is off.</summary>
    public string[] CorsOrigins { get; set; } = [];
}
