using Npgsql;
using System.Text.Json;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// One real API host over the PostgreSQL named by ConnectionStrings__Postgres (./build.sh test
/// provisions a throwaway one). Tests isolate themselves by each creating its own tenant.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string AdminKey = "admin-key-for-tests";

    /// <summary>The API's clock in tests: fixed, so "today" (15 June 2026 in Madrid) never moves under a test.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 6, 15);
    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>The mail relay every test host sends to: a real SMTP server in this process.</summary>
    public static SmtpSink Smtp { get; } = SmtpSink.Start();

    /// <summary>The AEAT's VERI*FACTU service every test host submits to: real HTTPS with client certificates, in this process.</summary>
    public static FakeAeat Aeat { get; } = FakeAeat.Start();

    public static readonly ImportOptions Imports = new()
    {
        MaxFileBytes = 2 * 1024 * 1024, MaxUncompressedBytes = 8 * 1024 * 1024, MaxRows = 500, InlineMaxRows = 40, BatchSize = 7,
        MaxSharedStrings = 5_000, MaxSharedStringBytes = 200_000,
    };

    public async Task InitializeAsync()
    {
        // Environment variables reach WebApplication.CreateBuilder before Program reads its settings.
        Environment.SetEnvironmentVariable("Blueindic__AdminKey", AdminKey);
        Environment.SetEnvironmentVariable("Blueindic__SeedDemoData", "false");
        // Small import limits, so the tests reach each of them (and the background path) with small files.
        Environment.SetEnvironmentVariable("Blueindic__Imports__MaxFileBytes", $"{Imports.MaxFileBytes}");
        Environment.SetEnvironmentVariable("Blueindic__Imports__MaxUncompressedBytes", $"{Imports.MaxUncompressedBytes}");
        Environment.SetEnvironmentVariable("Blueindic__Imports__MaxRows", $"{Imports.MaxRows}");
        Environment.SetEnvironmentVariable("Blueindic__Imports__InlineMaxRows", $"{Imports.InlineMaxRows}");
        Environment.SetEnvironmentVariable("Blueindic__Imports__BatchSize", $"{Imports.BatchSize}");
        Environment.SetEnvironmentVariable("Blueindic__Imports__MaxSharedStrings", $"{Imports.MaxSharedStrings}");
        Environment.SetEnvironmentVariable("Blueindic__Imports__MaxSharedStringBytes", $"{Imports.MaxSharedStringBytes}");
        // The whole suite shares one host and few addresses: the limit is tested on a host of its own (RateLimitTests).
        Environment.SetEnvironmentVariable("Blueindic__RateLimit__Burst", "1000000");
        Environment.SetEnvironmentVariable("Blueindic__Smtp__Host", "127.0.0.1");
        Environment.SetEnvironmentVariable("Blueindic__Smtp__Port", $"{Smtp.Port}");
        Environment.SetEnvironmentVariable("Blueindic__Smtp__Security", "None");
        Environment.SetEnvironmentVariable("Blueindic__Smtp__From", "facturas@blueindic.test");
        // Tests scan for reminders themselves (ScanReminders), at the fixed clock's instant.
        Environment.SetEnvironmentVariable("Blueindic__Reminders__ScanSeconds", "0");
        // Two quick retries, so a relay that keeps failing is given up within a test.
        Environment.SetEnvironmentVariable("Blueindic__Smtp__RetryDelays__0", "00:00:00.2");
        Environment.SetEnvironmentVariable("Blueindic__Smtp__RetryDelays__1", "00:00:00.4");
        // Submission on, to the fake AEAT, whose own certificate is pinned; batches of three, so tests fill one.
        Environment.SetEnvironmentVariable("Blueindic__Verifactu__Submit", "true");
        Environment.SetEnvironmentVariable("Blueindic__Verifactu__Endpoint", Aeat.Url);
        Environment.SetEnvironmentVariable("Blueindic__Verifactu__ServerCertificateSha256", Aeat.ServerCertificateSha256);
        Environment.SetEnvironmentVariable("Blueindic__Verifactu__BatchSize", "3");
        // Quick retries after a batch the AEAT did not answer, so a test sees the retry go.
        Environment.SetEnvironmentVariable("Blueindic__Verifactu__RetryDelays__0", "00:00:00.2");
        Environment.SetEnvironmentVariable("Blueindic__Verifactu__RetryDelays__1", "00:00:00.4");
        Host = await StartAsync();
    }

    private static async Task<IAlbaHost> StartAsync()
    {
        var host = await AlbaHost.For<Program>(x => x.ConfigureServices(s =>
        {
            s.RunWolverineInSoloMode();
            s.DisableAllExternalWolverineTransports();
            s.AddSingleton<TimeProvider>(new FixedClock(Now));
        }));
        // Kestrel refuses synchronous reads and writes of a request or response body; Alba's test
        // server allows them, which would hide such a write until production.
        host.Server.AllowSynchronousIO = false;
        // Every answer of every test is checked against the OpenAPI document.
        var contract = new ResponseContract(host.Services);
        host.AfterEach(contract.Check);
        return host;
    }

    /// <summary>
    /// A second API host over the same database with other settings (as environment variables, read at
    /// start and then restored), without its own projection daemon. The tests of the collection run
    /// one at a time, so no other host starts meanwhile.
    /// </summary>
    public static async Task<IAlbaHost> StartOtherHostAsync(IDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>(settings) { ["Blueindic__RunAsyncDaemon"] = "false", ["Blueindic__ChainCheckMinutes"] = "0" };
        var before = all.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        foreach (var (name, value) in all) Environment.SetEnvironmentVariable(name, value);
        try { return await StartAsync(); }
        finally { foreach (var (name, value) in before) Environment.SetEnvironmentVariable(name, value); }
    }

    /// <summary>
    /// A whole API host, with its own projection daemon, over a fresh database of its own (dropped and
    /// made again): for a test that rewrites every read model, which the shared database must not see.
    /// </summary>
    public static async Task<AppFixture> OnFreshDatabaseAsync(string database)
    {
        var shared = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
                     ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set");
        var admin = new NpgsqlConnectionStringBuilder(shared) { Database = "postgres", Pooling = false };
        await using (var conn = new NpgsqlConnection(admin.ConnectionString))
        {
            await conn.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists {database} with (force)", conn);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"create database {database}", conn);
            await create.ExecuteNonQueryAsync();
        }
        var fixture = new AppFixture();
        Environment.SetEnvironmentVariable("ConnectionStrings__Postgres", new NpgsqlConnectionStringBuilder(shared) { Database = database }.ConnectionString);
        try { await fixture.InitializeAsync(); }
        finally { Environment.SetEnvironmentVariable("ConnectionStrings__Postgres", shared); }
        return fixture;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Sends a request as a user would; the test asserts the status itself.</summary>
    public Task<IScenarioResult> Send(HttpMethod method, string url, string? key, object? body = null,
        IDictionary<string, string>? headers = null, string? rawBody = null) =>
        Host.Scenario(s =>
        {
            if (rawBody is not null) s.Post.Text(rawBody).ContentType("application/json").ToUrl(url); // raw bodies are always POSTed
            else if (method == HttpMethod.Post && body is not null) s.Post.Json(body).ToUrl(url);
            else if (method == HttpMethod.Post) s.Post.Url(url);
            else if (method == HttpMethod.Put) s.Put.Json(body!).ToUrl(url);
            else if (method == HttpMethod.Patch) s.Patch.Text(JsonSerializer.Serialize(body ?? new { })).ContentType("application/merge-patch+json").ToUrl(url);
            else if (method == HttpMethod.Delete) s.Delete.Url(url);
            else s.Get.Url(url);
            if (key is not null) s.WithRequestHeader("Authorization", $"Bearer {key}");
            foreach (var (name, value) in headers ?? new Dictionary<string, string>()) s.WithRequestHeader(name, value);
            s.IgnoreStatusCode();
        });

    /// <summary>A fresh tenant (business) with its first key, through the admin API.</summary>
    public async Task<TestTenant> NewTenant(string name = "Estudio Pruebas", string taxId = "B64717838", object? address = null)
    {
        var result = await Send(HttpMethod.Post, "/api/admin/tenants", AdminKey, new { name, taxId, address });
        result.Status().ShouldBe(201, result.ReadAsText());
        var created = result.Json();
        return new TestTenant(this, created.GetProperty("tenantId").GetGuid(), created.GetProperty("keyId").GetGuid(),
            created.GetProperty("apiKey").GetString()!);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "api";
}

public static class ScenarioResultExtensions
{
    public static int Status(this IScenarioResult result) => result.Context.Response.StatusCode;

    public static JsonElement Json(this IScenarioResult result) => JsonDocument.Parse(result.ReadAsText()).RootElement.Clone();

    public static string? Header(this IScenarioResult result, string name) =>
        result.Context.Response.Headers.TryGetValue(name, out var v) ? v.ToString() : null;

    /// <summary>The field errors of a 400 problem.</summary>
    public static IReadOnlyList<string> ErrorFields(this IScenarioResult result)
    {
        result.Status().ShouldBe(400, result.ReadAsText());
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        return result.Json().GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
    }
}
