using System.Net;
using Blueindic.Api.Tests.Support;
using Blueindic.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Blueindic.Readme.Tests;

/// <summary>
/// The API as <c>./build.sh run</c> starts it (Development, demo data, mails to a pickup folder), on
/// Kestrel over a fresh database of its own, with the keys the README reads from <c>.data/keys.env</c>.
/// With a <paramref name="today"/>, its clock stands at 11:00 in Madrid on that day.
/// </summary>
public sealed class ReadmeApi(DateOnly? today) : IAsyncDisposable
{
    public const string AdminKey = "admin_readme0123456789abcdef0123456789abcdef";
    public const string DemoKey = "bik_0123456789abcdef0123456789abcdef_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private WebApplicationFactory<Program>? _factory;
    public Uri Url { get; private set; } = null!;
    public string Outbox { get; } = Directory.CreateTempSubdirectory("blueindic-readme-outbox").FullName;

    public async Task StartAsync()
    {
        Url = new Uri($"http://127.0.0.1:{KestrelTestServer.FreePort()}");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Postgres"] = await KestrelTestServer.CreateDatabaseAsync("blueindic_readme"),
            ["Blueindic__AdminKey"] = AdminKey,
            ["Blueindic__DemoApiKey"] = DemoKey,
            ["Blueindic__SeedDemoData"] = "true",
            ["Blueindic__Smtp__PickupDirectory"] = Outbox,
            // Reminders are sent by hand in the README: a scan of its own would add some, on its own time.
            ["Blueindic__Reminders__ScanSeconds"] = "0",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var before = settings.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        foreach (var (name, value) in settings) Environment.SetEnvironmentVariable(name, value);
        try
        {
            _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.ConfigureServices(s =>
            {
                s.RunWolverineInSoloMode();
                if (today is { } day)
                    s.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero)));
            }));
            _factory.UseKestrel(k => k.Listen(IPAddress.Loopback, Url.Port));
            _factory.StartServer();
        }
        finally
        {
            foreach (var (name, value) in before) Environment.SetEnvironmentVariable(name, value);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        Directory.Delete(Outbox, recursive: true);
    }
}
