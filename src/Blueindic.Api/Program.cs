using Blueindic.Api.Auth;
using JasperFx;
using Wolverine;
using Blueindic.Api.EventStore;
using Blueindic.Api.Hosting;
using Blueindic.Api.Mail;
using Blueindic.Api.Settings;
using Blueindic.Api.OpenApi;
using Blueindic.Api.Telemetry;

var builder = WebApplication.CreateBuilder(args);

var (options, connectionString) = builder.ReadConfiguration();

builder.Services.ConfigureApi(connectionString, options);
builder.Services.ConfigureMarten(connectionString, options);
builder.Services.ConfigureDataProtection(options, connectionString);
builder.Services.ConfigureOpenApi();
builder.ConfigureTelemetry();
builder.Services.AddWolverineHttp();
builder.Host.UseWolverine(opts =>
{
    opts.ApplicationAssembly = typeof(Program).Assembly;
    // No AutoApplyTransactions: each command commits once, visibly, in its endpoint (docs/architecture.md).
    opts.CodeGeneration.TypeLoadMode = HandlerCodeLoading.Mode(builder.Configuration);
    opts.CodeGeneration.SourceCodeWritingEnabled = false;
    opts.PublishMessage<Blueindic.Api.Clients.Imports.RunClientImport>().ToLocalQueue(Blueindic.Api.Clients.Imports.RunClientImportHandler.Queue);
    MessagingSetup.Configure(opts, options);
    // When a dead node's durable messages (its mails, reminder batches) pass to the others.
    opts.Durability.StaleNodeTimeout = TimeSpan.FromSeconds(Math.Max(1, options.StaleNodeSeconds));
});

// JasperFx prints "Searching '<assembly>' for commands" before every command until it believes its
// service extensions were applied, which it cannot do to a built WebApplication. None of the
// libraries here declares one: applying that empty set says so, and the lines go.
new JasperFx.CommandLine.CommandFactory().ApplyExtensions(builder.Services);

var app = builder.Build();
app.UseApi();
app.MapMetrics();
app.MapWolverineEndpoints(opts =>
{
    opts.RejectUnparseableQueryValues = true;
    opts.TenantId.IsClaimTypeNamed(BlueindicClaims.Tenant);
    opts.TenantId.AssertExists();
    opts.AddMiddleware(typeof(SessionMetadata), chain => !chain.HttpMethods.Contains("GET"));
});

return await app.RunJasperFxCommands(args);

/// <summary>The API host; public so integration tests can start it.</summary>
public partial class Program;
