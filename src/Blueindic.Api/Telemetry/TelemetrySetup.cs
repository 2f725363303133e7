using Blueindic.Api.Auth;
using JasperFx.OpenTelemetry;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Blueindic.Api.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics from ASP.NET Core, Npgsql, Marten and Wolverine. Metrics are always
/// collected, for <c>GET /metrics</c> (Prometheus, admin key); traces and metrics also go out over OTLP
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the other <c>OTEL_*</c> variables
/// itself). Log lines carry the trace id (here) and the correlation id (<see cref="Http.Correlation"/>).
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "blueindic-api";
    public const string MetricsPath = "/metrics";
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// The ActivitySources of the libraries under the API: Marten's and Wolverine's. Npgsql's and ASP.NET
    /// Core's come with their instrumentation packages.
    /// </summary>
    public static readonly string[] LibrarySources = ["Marten", "Wolverine"];

    /// <summary>
    /// Their Meters: Marten's is "Marten"; Wolverine's is "Wolverine:" + its service name (the application
    /// assembly's name, "Wolverine:Blueindic.Api"), hence the wildcard.
    /// </summary>
    public static readonly string[] LibraryMeters = ["Marten", "Wolverine:*"];

    public static WebApplicationBuilder ConfigureTelemetry(this WebApplicationBuilder builder)
    {
        // Every log scope gets the current trace and span ids; the console prints scopes (appsettings.json).
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);

        // Marten's own signals: a counter of appended events by type, and a span per session connection
        // when spans go somewhere. Set here, not in MartenSetup, so the store's configuration stays what
        // the benchmark's in-process baseline shares.
        builder.Services.ConfigureMarten(opts =>
        {
            opts.OpenTelemetry.TrackEventCounters();
            if (exportOtlp) opts.OpenTelemetry.TrackConnections = TrackLevel.Normal;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddNpgsqlInstrumentation().AddMeter(LibraryMeters)
                    // Marten tags appended events with the tenant too: one series per business and event
                    // type would grow without bound. By event type only.
                    .AddView("marten.event.append", new MetricStreamConfiguration { TagKeys = ["event.type"] })
                    // Scraped with a key, so no cache is needed against anonymous floods; a fresh answer each time.
                    .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (exportOtlp) metrics.AddOtlpExporter();
            });
        // Spans are only recorded when they can go somewhere: without a collector they would cost every
        // request for nothing (the trace id in logs and the correlation id need no recorded span).
        if (exportOtlp)
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new RequestRootedSampler()))
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                .AddNpgsql()
                .AddSource(LibrarySources)
                .AddOtlpExporter());
        return builder;
    }

    /// <summary>
    /// <c>GET /metrics</c>: every series in Prometheus text format, for the admin key only (Prometheus sends
    /// it as <c>authorization: {type: Bearer, credentials: …}</c>). Not in the OpenAPI document, like the
    /// health endpoints: it is for the operator's scraper, not an API client.
    /// </summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath)
            .RequireAuthorization(BlueindicClaims.AdminPolicy)
            // As /health/integrity: a refused scrape reads as "target down" and pages someone.
            .DisableRateLimiting();
        return app;
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health/live") || path.StartsWithSegments("/health/ready");
}
