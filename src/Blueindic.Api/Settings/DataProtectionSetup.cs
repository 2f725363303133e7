using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Settings;

public static class DataProtectionSetup
{
    /// <summary>
    /// ASP.NET Core Data Protection with its key ring in PostgreSQL (<see cref="DataProtectionKeys"/>),
    /// optionally encrypted with a certificate kept outside the database.
    /// </summary>
    public static IServiceCollection ConfigureDataProtection(this IServiceCollection services, BlueindicOptions options, string connectionString)
    {
        // One application name for every node: by default it is the content root, which differs between hosts.
        var builder = services.AddDataProtection().SetApplicationName("Blueindic");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DataProtectionKeys(sp.GetRequiredService<IDocumentStore>())));
        if (options.DataProtection.KeyCertificatePath is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.DataProtection.KeyCertificatePassword,
                X509KeyStorageFlags.EphemeralKeySet);
            // Unprotect with this very certificate: on Linux there is no certificate store to find it in.
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        services.AddHostedService(sp => new DataProtectionKeyRingStart(sp.GetRequiredService<IKeyManager>(), connectionString));
        return services;
    }
}
