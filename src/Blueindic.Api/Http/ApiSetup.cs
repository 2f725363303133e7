using System.Text.Json.Serialization;
using Blueindic.Api.Auth;
using Blueindic.Api.Demo;
using Blueindic.Api.Verifactu;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.Options;
using Blueindic.Api.Idempotency;

namespace Blueindic.Api.Http;

public static class ApiSetup
{
    public static IServiceCollection ConfigureApi(this IServiceCollection services, string connectionString, BlueindicOptions options)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Domain.Reports.LatePaymentRates.WithPublished(options.LatePaymentRates));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = FieldErrorProblems.AsFieldErrors);
        services.AddSingleton<IProblemDetailsWriter, AnyAcceptProblemWriter>();   // after the default one: used when it declines
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            // A misspelt field ("paymentTermDays") is a 400 naming it, not a silently different request;
            // the OpenAPI document's additionalProperties: false says the same.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });

        services.AddAuthentication(BlueindicClaims.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(BlueindicClaims.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(BlueindicClaims.AdminPolicy, p => p.RequireRole(BlueindicClaims.AdminRole))
            .AddPolicy(BlueindicClaims.TenantPolicy, p => p.RequireClaim(BlueindicClaims.Tenant))
            // Anything not marked otherwise is a tenant call: the key must name a tenant.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireClaim(BlueindicClaims.Tenant).Build());

        services.AddSingleton<Clients.Imports.ImportSlots>();
        services.AddSingleton<Mail.MailTransport>();
        services.AddHostedService<Reminders.ReminderClockStart>();
        services.AddSingleton<PendingKeyRelease>();
        services.AddHostedService(sp => sp.GetRequiredService<PendingKeyRelease>());
        services.AddSingleton<IdempotencySweep>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencySweep>());
        services.AddSingleton<ChainCheck>();
        services.AddHostedService<ChainCheckSchedule>();
        services.AddSingleton<Verifactu.AeatClient>();
        services.AddHostedService<Verifactu.VerifactuSubmissionCatchUp>();
        services.AddHealthChecks().AddNpgSql(connectionString, name: "postgres", tags: ["ready"])
            .AddCheck<ChainCheck>("verifactu-chains", tags: ["integrity"]);
        services.AddHttpLogging(o =>
        {
            // Method, path, status and duration only: never headers (the key is a header) nor bodies.
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                              | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });

        services.AddRateLimits();
        services.AddSingleton<OpenApi.OpenApiDocumentCache>();
        services.AddHostedService<Invoices.Pdf.PdfFontsStartupCheck>();
        if (options.CorsOrigins.Length > 0)
            services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(options.CorsOrigins).AllowAnyHeader().AllowAnyMethod()
                .WithExposedHeaders("Location", "ETag", "Retry-After")));

        if (options.SeedDemoData) services.AddHostedService<DemoDataSeeder>();
        return services;
    }

    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<AcceptDisregarded>();
        app.UseMiddleware<Correlation>();
        app.UseHttpLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLimits>();
        app.UseMiddleware<BadUrls>();
        RejectedTargets.Observe(app.Services);
        app.UseMiddleware<EmptyBodyAsJson>();
        // The dashboard (wwwroot) is public; the data it shows needs the key the user pastes. Looked
        // for only outside /api and /health, so API calls pay no file-system lookups. Its files are not
        // fingerprinted, so browsers revalidate them (ETag) instead of keeping stale ones.
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/health"), dashboard =>
        {
            dashboard.UseDefaultFiles();
            dashboard.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = f => f.Context.Response.Headers.CacheControl = "no-cache" });
        });
        var options = app.Services.GetRequiredService<IOptions<BlueindicOptions>>().Value;
        if (options.CorsOrigins.Length > 0) app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        // After the rate limit, so the document and its page are throttled like everything else.
        if (options.Swagger.Enabled ?? app.Environment.IsDevelopment())
        {
            app.UseMiddleware<OpenApi.OpenApiDocumentCache>();
            app.UseSwagger();
            app.UseSwaggerUI(o => o.DocumentTitle = "Blueindic API");
        }
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();

        // A balancer's probes are never refused by the rate limit. Described in the OpenAPI document by OpenApi/HealthEndpoints.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous().DisableRateLimiting();
        // Which businesses' chains are broken names tenants: the admin key only.
        app.MapHealthChecks("/health/integrity", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("integrity"),
            ResponseWriter = IntegrityReport.WriteAsync,
        }).RequireAuthorization(BlueindicClaims.AdminPolicy).DisableRateLimiting();
        return app;
    }
}
