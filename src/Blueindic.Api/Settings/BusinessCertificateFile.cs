namespace Blueindic.Api.Settings;

/// <summary>
/// The business's PKCS#12 file and its password, encrypted with Data Protection (<see cref="BusinessCertificate"/>).
/// A document, not an event: events are kept forever, and removing a certificate must remove its key.
/// One per business, keyed by its settings stream id.
/// </summary>
public sealed class BusinessCertificateFile
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the certificate, as in the event that installed it.</summary>
    public string Thumbprint { get; set; } = "";

    /// <summary>The Data Protection payload: nothing readable without the key ring.</summary>
    public byte[] Protected { get; set; } = [];
}
