namespace Blueindic.Domain.Business;

/// <summary>
/// What may be said of the business's signing certificate: never the certificate's bytes or key.
/// </summary>
/// <param name="Subject">The subject's distinguished name, as the certificate writes it.</param>
/// <param name="TaxId">The NIF the certificate names (<see cref="CertificateTaxId"/>); null when it names none.</param>
/// <param name="Thumbprint">SHA-256 of the certificate (DER), upper-case hex.</param>
public sealed record BusinessCertificateDetails(string Subject, string? TaxId, string Issuer, DateTimeOffset NotBefore,
    DateTimeOffset NotAfter, string Thumbprint)
{
    public bool ValidAt(DateTimeOffset at) => NotBefore <= at && at <= NotAfter;
}
