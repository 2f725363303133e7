using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Alba;
using Blueindic.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Wolverine;
using Wolverine.Tracking;

namespace Blueindic.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public sealed partial class TelemetryTests(AppFixture app)
{
    /// <summary>The series (not the # TYPE / # HELP lines) of a Prometheus text answer.</summary>
    private static List<string> Series(string text) => text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    [Fact]
    public async Task Metrics_answer_the_admin_key_in_Prometheus_text_with_HTTP_Marten_Wolverine_and_Npgsql_series()
    {
        // Requests that use the database (a business registered: events appended through Npgsql), and
        // work Wolverine runs as a message (an import too large to run inside its request).
        var tenant = await app.NewTenant();
        var rows = Enumerable.Range(1, AppFixture.Imports.InlineMaxRows + 1).Select(i => new object?[] { $"Cliente {i:000}" });
        IScenarioResult accepted = null!;
        await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => accepted = await tenant.Import(Sheets.Xlsx([["Nombre"], .. rows]), "grande.xlsx")));
        accepted.Status().ShouldBe(202, accepted.ReadAsText());

        var result = await app.Send(HttpMethod.Get, "/metrics", AppFixture.AdminKey);

        result.Status().ShouldBe(200, result.ReadAsText());
        result.Context.Response.ContentType.ShouldStartWith("text/plain");
        var series = Series(result.ReadAsText());
        series.ShouldContain(s => s.StartsWith("http_server_request_duration_seconds_count{") && s.Contains("http_route=\"/api/admin/tenants\"")
                                  && s.Contains("http_response_status_code=\"201\""));
        series.ShouldContain(s => s.StartsWith("marten_event_append") && s.Contains("otel_scope_name=\"Marten\"") && s.Contains("event_type=\"tenant_registered\""));
        // Tenants are not a label: one series per business would grow without bound.
        series.Where(s => s.StartsWith("marten_event_append")).ShouldAllBe(s => !s.Contains("tenant_id"));
        series.ShouldContain(s => s.StartsWith("wolverine_messages_succeeded") && s.Contains("otel_scope_name=\"Wolverine:Blueindic.Api\""));
        series.ShouldContain(s => s.StartsWith("db_client_operation_duration_seconds_count{") && s.Contains("otel_scope_name=\"Npgsql\""));
    }

    [Theory]
    [InlineData(false, 403)]
    [InlineData(true, 401)]
    public async Task Metrics_refuse_a_business_key_and_a_missing_key_with_a_problem(bool anonymous, int status)
    {
        var key = anonymous ? null : (await app.NewTenant()).ApiKey;

        var result = await app.Send(HttpMethod.Get, "/metrics", key);

        result.Status().ShouldBe(status, result.ReadAsText());
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        result.ReadAsText().ShouldNotContain("http_server_request_duration");
    }

    [Fact]
    public async Task Metrics_are_not_in_the_OpenAPI_document()
    {
        var paths = (await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null)).Json().GetProperty("paths");
        paths.TryGetProperty("/metrics", out _).ShouldBeFalse();
        paths.TryGetProperty("/api/me", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Log_lines_of_a_request_carry_its_trace_id_and_its_correlation_id_on_one_console_line()
    {
        var capture = new CapturingLoggerProvider();
        app.Host.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        var tenant = await app.NewTenant();

        await tenant.Get("/api/me", new Dictionary<string, string> { ["X-Correlation-Id"] = "telemetria-given" });
        var generated = (await tenant.Get("/api/me")).Header("X-Correlation-Id")!;
        const string httpLog = "Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware";
        // The request log is written as the middleware unwinds, which may be just after the answer reached the test.
        bool Logged(IReadOnlyCollection<Entry> entries, string correlationId) =>
            entries.Any(e => e.Category == httpLog && e.Values.GetValueOrDefault("CorrelationId") == correlationId);
        await capture.Entries.UntilAsync(entries => Logged(entries, "telemetria-given") && Logged(entries, generated), TimeSpan.FromSeconds(5));
        capture.Stop();

        var given = capture.Entries.Items.Single(e => e.Category == httpLog && e.Values.GetValueOrDefault("CorrelationId") == "telemetria-given");
        given.Values["TraceId"]!.ShouldMatch("^[0-9a-f]{32}$");
        given.Values["TraceId"].ShouldNotBe(generated);
        // Without the header, the correlation id is the trace id itself.
        var other = capture.Entries.Items.Single(e => e.Category == httpLog && e.Values.GetValueOrDefault("CorrelationId") == generated);
        other.Values["TraceId"].ShouldBe(generated);

        // What the console prints for that entry: one line, with both ids.
        var console = app.Host.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Simple);
        var scopes = new LoggerExternalScopeProvider();
        foreach (var scope in given.Scopes) scopes.Push(scope);
        var line = new StringWriter();
        console.Write(new LogEntry<string>(LogLevel.Information, httpLog, new EventId(9), given.Message, null, (m, _) => m), scopes, line);
        var printed = Ansi().Replace(line.ToString(), "");
        printed.TrimEnd('\n', '\r').ShouldNotContain('\n');
        printed.ShouldStartWith("info: ");
        printed.ShouldContain($"TraceId:{given.Values["TraceId"]}");
        printed.ShouldContain("CorrelationId:telemetria-given");
        printed.ShouldContain("Path: /api/me");
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_a_request_s_trace_and_the_metrics_reach_the_collector()
    {
        var tenant = await app.NewTenant();
        var port = FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new Arrivals<(string Path, string Body)>();
        var collecting = Task.Run(async () =>
        {
            while (true)
            {
                HttpListenerContext call;
                try { call = await collector.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                using var body = new MemoryStream();
                await call.Request.InputStream.CopyToAsync(body);
                // Protobuf: the names and strings inside are plain UTF-8 bytes.
                received.Add((call.Request.Url!.AbsolutePath, Encoding.UTF8.GetString(body.ToArray())));
                call.Response.StatusCode = 200;
                call.Response.Close();
            }
        });

        await using (var host = await AppFixture.StartOtherHostAsync(new Dictionary<string, string>
                     {
                         ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}",
                         ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                         ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
                         ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
                     }))
        {
            // The probe first: once the request's spans are out, an earlier probe's would be too.
            await host.Scenario(s =>
            {
                s.Get.Url("/health/live");
                s.StatusCodeShouldBeOk();
            });
            await host.Scenario(s =>
            {
                s.Get.Url("/api/me");
                s.WithRequestHeader("Authorization", $"Bearer {tenant.ApiKey}");
                s.StatusCodeShouldBeOk();
            });

            static string Traces(IReadOnlyCollection<(string Path, string Body)> posts) =>
                string.Concat(posts.Where(r => r.Path == "/v1/traces").Select(r => r.Body));
            static bool HasMetrics(IReadOnlyCollection<(string Path, string Body)> posts) =>
                posts.Any(r => r.Path == "/v1/metrics" && r.Body.Contains("http.server.request.duration"));
            await received.UntilAsync(posts => Traces(posts).Contains("GET /api/me") && Traces(posts).Contains("Npgsql") && HasMetrics(posts),
                TimeSpan.FromSeconds(10));

            var traces = Traces(received.Items);
            traces.ShouldContain("GET /api/me");
            traces.ShouldContain("Npgsql");        // the request's database commands, in its trace
            traces.ShouldContain("marten.connection");
            traces.ShouldNotContain("/health/live");
            HasMetrics(received.Items).ShouldBeTrue();
        }
        collector.Stop();
        await collecting;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Ansi();

    private sealed record Entry(string Category, string Message, IReadOnlyList<object?> Scopes, IReadOnlyDictionary<string, string?> Values);

    /// <summary>Keeps what the API logs while a test runs, with the log scopes each entry was written in.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
        private volatile bool _stopped;
        public Arrivals<Entry> Entries { get; } = new();

        public void Stop() => _stopped = true;
        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() => Stop();

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);
            public bool IsEnabled(LogLevel logLevel) => !owner._stopped;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (owner._stopped) return;
                var scopes = new List<object?>();
                var values = new Dictionary<string, string?>();
                owner._scopes.ForEachScope((scope, _) =>
                {
                    scopes.Add(scope);
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                        foreach (var (key, value) in pairs) values[key] = value?.ToString();
                }, (object?)null);
                owner.Entries.Add(new Entry(category, formatter(state, exception), scopes, values));
            }
        }
    }
}
