using System.Security.Cryptography;

namespace Blueindic.Api.Infrastructure;

public static class Settings
{
    public const string DefaultConnectionString = "Host=localhost;Port=5432;Database=blueindic;Username=postgres;Password=postgres";

    /// <summary>
    /// Reads the <c>Blueindic</c> section and the connection string. In Development without an admin
    /// key, one is generated for the run and printed (never logged).
    /// </summary>
    public static (BlueindicOptions Settings, string ConnectionString) ReadSettings(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(BlueindicOptions.Section);
        var settings = section.Get<BlueindicOptions>() ?? new BlueindicOptions();
        if (string.IsNullOrEmpty(settings.AdminKey) && builder.Environment.IsDevelopment())
        {
            settings.AdminKey = $"admin_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}";
            builder.Configuration[$"{BlueindicOptions.Section}:{nameof(BlueindicOptions.AdminKey)}"] = settings.AdminKey;
            Console.WriteLine($"Generated admin key for this run: {settings.AdminKey}");
        }
        builder.Services.Configure<BlueindicOptions>(section);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);
        return (settings, builder.Configuration.GetConnectionString("Postgres") ?? DefaultConnectionString);
    }
}
