using System.Security.Cryptography;
using Blueindic.Api.Http;

namespace Blueindic.Api.Hosting;

public static class BlueindicConfiguration
{
    public const string DefaultConnectionString = "Host=localhost;Port=5432;Database=blueindic;Username=postgres;Password=postgres";

    /// <summary>
    /// Reads the <c>Blueindic</c> section and the connection string. In Development without an admin
    /// key, one is generated for the run and printed (never logged).
    /// </summary>
    public static (BlueindicOptions Options, string ConnectionString) ReadConfiguration(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(BlueindicOptions.Section);
        var options = section.Get<BlueindicOptions>() ?? new BlueindicOptions();
        if (string.IsNullOrEmpty(options.AdminKey) && builder.Environment.IsDevelopment())
        {
            options.AdminKey = $"admin_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}";
            builder.Configuration[$"{BlueindicOptions.Section}:{nameof(BlueindicOptions.AdminKey)}"] = options.AdminKey;
            Console.WriteLine($"Generated admin key for this run: {options.AdminKey}");
        }
        builder.Services.Configure<BlueindicOptions>(section);
        builder.WebHost.ConfigureKestrel(k =>
        {
            RequestLimits.ConfigureServer(k, options);
            RejectedTargets.ConfigureServer(k);
        });
        return (options, builder.Configuration.GetConnectionString("Postgres") ?? DefaultConnectionString);
    }
}
