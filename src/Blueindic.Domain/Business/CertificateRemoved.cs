namespace Blueindic.Domain.Business;

/// <summary>The business removed its signing certificate; the encrypted file was deleted with it.</summary>
public sealed record CertificateRemoved(Guid ProfileId);
