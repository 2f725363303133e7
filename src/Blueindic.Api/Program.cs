using Blueindic.Api;
using Blueindic.Api.Auth;
using Blueindic.Api.Infrastructure;
using JasperFx;
using JasperFx.CodeGeneration;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);

var settings = builder.Configuration.GetSection(BlueindicOptions.Section).Get<BlueindicOptions>() ?? new BlueindicOptions();
if (string.IsNullOrEmpty(settings.AdminKey) && builder.Environment.IsDevelopment())
{
    settings.AdminKey = $"admin_{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))}";
    builder.Configuration[$"{BlueindicOptions.Section}:{nameof(BlueindicOptions.AdminKey)}"] = settings.AdminKey;
    Console.WriteLine($"Generated admin key for this run: {settings.AdminKey}");
}
builder.Services.Configure<BlueindicOptions>(builder.Configuration.GetSection(BlueindicOptions.Section));
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);

var connectionString = builder.Configuration.GetConnectionString("Postgres")
    ?? "Host=localhost;Port=5432;Database=blueindic;Username=postgres;Password=postgres";

builder.Services.ConfigureApi(connectionString, settings);
builder.Services.ConfigureMarten(connectionString, settings);
builder.Services.ConfigureOpenApi();
builder.Services.AddWolverineHttp();
builder.Host.UseWolverine(opts =>
{
    opts.ApplicationAssembly = typeof(Program).Assembly;
    opts.Policies.AutoApplyTransactions();
    opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Dynamic;
    opts.CodeGeneration.SourceCodeWritingEnabled = false;
});

var app = builder.Build();
app.UseApi();
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
