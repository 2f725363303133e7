using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Blueindic.Domain.Business;
using Microsoft.AspNetCore.DataProtection;

namespace Blueindic.Api.Settings;

/// <summary>
/// The business's signing certificate at rest: its PKCS#12 file and password, encrypted with ASP.NET Core
/// Data Protection under a purpose naming the use and the business, so a payload copied to another
/// business's row does not open there.
/// </summary>
public static class BusinessCertificate
{
    public const string Purpose = "Blueindic.Settings.BusinessCertificate.v1";

    /// <summary>The calling business's certificate with its private key (ephemeral, in memory), or null when it has none.</summary>
    public static async Task<X509Certificate2?> LoadAsync(IQuerySession session, IDataProtectionProvider protection, CancellationToken ct)
    {
        var stored = await session.LoadAsync<BusinessCertificateFile>(BusinessSettings.StreamIdFor(session.TenantId), ct);
        if (stored is null) return null;
        var payload = JsonSerializer.Deserialize<Payload>(Protector(protection, session.TenantId).Unprotect(stored.Protected))
                      ?? throw new InvalidOperationException("An empty certificate payload.");
        return X509CertificateLoader.LoadPkcs12(payload.File, payload.Password, Pkcs12File.Flags, Pkcs12LoaderLimits.Defaults);
    }

    /// <summary>The document that keeps <paramref name="file"/> (already opened with <paramref name="password"/>) encrypted.</summary>
    internal static BusinessCertificateFile Protect(IDataProtectionProvider protection, string tenantId, byte[] file, string password,
        BusinessCertificateDetails details) =>
        new()
        {
            Id = BusinessSettings.StreamIdFor(tenantId),
            Thumbprint = details.Thumbprint,
            Protected = Protector(protection, tenantId).Protect(JsonSerializer.SerializeToUtf8Bytes(new Payload(file, password))),
        };

    private static IDataProtector Protector(IDataProtectionProvider protection, string tenantId) =>
        protection.CreateProtector(Purpose, tenantId);

    private sealed record Payload(byte[] File, string Password);
}
