namespace Blueindic.Api.Settings;

/// <summary>
/// How the Data Protection key ring (kept in PostgreSQL) is itself protected (<c>Blueindic__DataProtection__*</c>).
/// Without a certificate the keys sit in the database in clear, next to what they encrypt (docs/facturae.md).
/// </summary>
public sealed class DataProtectionOptions
{
    /// <summary>
    /// A PKCS#12 file, kept outside the database (a mounted secret), whose certificate encrypts every key of
    /// the ring: a copy of the database alone then decrypts nothing. Every node needs the same file.
    /// </summary>
    public string? KeyCertificatePath { get; set; }

    /// <summary>The password of <see cref="KeyCertificatePath"/>.</summary>
    public string? KeyCertificatePassword { get; set; }
}
