using System.Collections.Concurrent;
using Alba;
using Blueindic.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine;

namespace Blueindic.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public sealed class DemoDataTests(AppFixture app)
{
    private const string DemoKey = "bik_0195a7c4de4070008000000000000001_1111111111111111111111111111111111111111111111111111111111111111";

    [Fact]
    public async Task Starting_twice_seeds_the_demo_tenant_once_and_its_configured_key_works()
    {
        for (var start = 0; start < 2; start++)
        {
            await using var host = await StartSeedingHost();
            var page = await host.Scenario(s =>
            {
                s.Get.Url("/api/clients?limit=100");
                s.WithRequestHeader("Authorization", $"Bearer {DemoKey}");
            });
            var clients = page.Json().GetProperty("data").EnumerateArray().ToList();
            clients.Count.ShouldBe(8);
            clients.Select(c => c.GetProperty("taxId").GetString()).ShouldBeUnique();
            clients.ShouldContain(c => c.GetProperty("name").GetString() == "Panadería Muñoz");
        }

        var tenant = await app.Send(HttpMethod.Get, "/api/admin/tenants/0195a7c4-de40-7000-8000-00000000de30", AppFixture.AdminKey);
        tenant.Json().GetProperty("activeKeyIds").GetArrayLength().ShouldBe(1);

        // A year and a half of invoices: paid, late, overdue, written off, cancelled; one valid chain.
        var demo = new TestTenant(app, Guid.Empty, Guid.Empty, DemoKey);
        var chain = (await demo.Get("/api/verifactu/verify")).Json();
        chain.GetProperty("valid").GetBoolean().ShouldBeTrue();
        chain.GetProperty("records").GetInt32().ShouldBeGreaterThan(80);
        foreach (var status in new[] { "paid", "uncollectible", "cancelled" })
            (await demo.Get($"/api/invoices?status={status}&limit=1")).Json().GetProperty("data").GetArrayLength().ShouldBe(1, status);
        (await demo.Get("/api/invoices?overdue=true&limit=1")).Json().GetProperty("data").GetArrayLength().ShouldBe(1);
        var oldest = (await demo.Get("/api/invoices?to=" + DateTime.UtcNow.AddMonths(-16).ToString("yyyy-MM-dd"))).Json();
        oldest.GetProperty("data").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_seeder_says_what_it_created_and_on_a_rerun_that_it_was_there()
    {
        // A database of its own: the shared one may hold the demo business from another test already.
        var shared = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")!;
        var database = $"blueindic_demo_{Guid.NewGuid():N}"[..30];
        await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(shared) { Database = "postgres" }.ConnectionString))
        {
            await conn.OpenAsync();
            await new NpgsqlCommand($"create database {database}", conn).ExecuteNonQueryAsync();
        }
        Environment.SetEnvironmentVariable("ConnectionStrings__Postgres", new NpgsqlConnectionStringBuilder(shared) { Database = database }.ConnectionString);
        try
        {
            var said = new List<string>();
            for (var start = 0; start < 2; start++)
            {
                var log = new SeederLog();
                await using (await StartSeedingHost(log)) said.Add(log.Messages.Single());
            }
            said[0].ShouldMatch(@"^Demo business «Estudio Demo Blueindic» seeded: 8 clients, 1\d\d invoices, [1-9]\d* payments \(tenant 0195a7c4-de40-7000-8000-00000000de30\); its API key, the one configured \(Blueindic:DemoApiKey\), was issued$");
            said[1].ShouldBe("Demo business «Estudio Demo Blueindic» was already seeded (tenant 0195a7c4-de40-7000-8000-00000000de30); " +
                             "its API key is the one configured (Blueindic:DemoApiKey)");
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Postgres", shared);
        }
    }

    /// <summary>What the demo seeder logs, as the console would show it.</summary>
    private sealed class SeederLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();
        public ILogger CreateLogger(string categoryName) => categoryName == typeof(Blueindic.Api.Demo.DemoDataSeeder).FullName ? new Logger(Messages) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }

    private static async Task<IAlbaHost> StartSeedingHost(ILoggerProvider? log = null)
    {
        Environment.SetEnvironmentVariable("Blueindic__SeedDemoData", "true");
        Environment.SetEnvironmentVariable("Blueindic__DemoApiKey", DemoKey);
        // The shared host already runs the one async daemon this database may have.
        Environment.SetEnvironmentVariable("Blueindic__RunAsyncDaemon", "false");
        try
        {
            return await AlbaHost.For<Program>(x => x.ConfigureServices(s =>
            {
                s.RunWolverineInSoloMode();
                s.DisableAllExternalWolverineTransports();
                if (log is not null) s.AddSingleton(log);
            }));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Blueindic__SeedDemoData", "false");
            Environment.SetEnvironmentVariable("Blueindic__DemoApiKey", null);
            Environment.SetEnvironmentVariable("Blueindic__RunAsyncDaemon", null);
        }
    }
}
