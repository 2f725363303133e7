using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Blueindic.Testing;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wolverine;

namespace Blueindic.Dashboard.Tests.Support;

/// <summary>
/// The real API on Kestrel (a browser needs a socket), over a database of its own on the test
/// PostgreSQL, with the demo business seeded (the screenshots show it), a fixed clock, and one
/// headless Chromium: Debian's (BLUEINDIC_CHROMIUM, which ./build.sh test sets and installs).
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string AdminKey = "admin-key-for-dashboard-tests";
    public const string DemoKey = "bik_0123456789abcdef0123456789abcdef_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /// <summary>The API's "now": 27 November 2026, 11:00 in Madrid.</summary>
    /// <summary>Where the API writes the mails it cannot deliver (no SMTP host in the tests).</summary>
    public static readonly string Outbox = Path.Combine(Path.GetTempPath(), $"blueindic-dashboard-outbox-{Guid.NewGuid():N}");

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private WebApplicationFactory<Program> _factory = null!;
    private IPlaywright _playwright = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseUrl { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        var connectionString = await KestrelTestServer.CreateDatabaseAsync("blueindic_dashboard");
        BaseUrl = new Uri($"http://127.0.0.1:{KestrelTestServer.FreePort()}");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = connectionString,
            ["Blueindic__AdminKey"] = AdminKey,
            ["Blueindic__SeedDemoData"] = "true",
            ["Blueindic__DemoApiKey"] = DemoKey,
            ["Blueindic__ChainCheckMinutes"] = "0",
            ["Blueindic__RateLimit__Burst"] = "1000000",
            // No relay: mails are written to this folder, and the page says they were not delivered.
            ["Blueindic__Smtp__PickupDirectory"] = Outbox,
            // No scan of its own: the tests' pages show the reminders they send.
            ["Blueindic__Reminders__ScanSeconds"] = "0",
        };
        // Read by WebApplication.CreateBuilder when the factory starts the host, then restored.
        var before = settings.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        foreach (var (name, value) in settings) Environment.SetEnvironmentVariable(name, value);
        try
        {
            _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.ConfigureServices(s =>
            {
                s.RunWolverineInSoloMode();
                s.AddSingleton<TimeProvider>(new FixedClock(Now));
            }));
            _factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, BaseUrl.Port));
            _factory.StartServer();
        }
        finally
        {
            foreach (var (name, value) in before) Environment.SetEnvironmentVariable(name, value);
        }
        Http = new HttpClient { BaseAddress = BaseUrl };

        _playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("BLUEINDIC_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium)) throw new InvalidOperationException($"No Chromium at {chromium}: ./build.sh test installs Debian's chromium package.");
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true,
            // Root in CI: Chromium's sandbox needs user namespaces it may not have.
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>A fresh business through the admin API, with its key.</summary>
    public async Task<Business> NewBusinessAsync(string name)
    {
        var tenant = await SendAsync(HttpMethod.Post, "/api/admin/tenants", AdminKey, new { name, taxId = "B64717838" });
        return new Business(this, tenant.GetProperty("apiKey").GetString()!);
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string url, string key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {url} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Waits for the async read models (monthly sales, revenue) to hold every event.</summary>
    public Task ProjectionsCaughtUpAsync() =>
        Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
