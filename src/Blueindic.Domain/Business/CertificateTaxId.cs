using Blueindic.Domain.Common;

namespace Blueindic.Domain.Business;

/// <summary>
/// The tax id a qualified certificate names, read the way the FNMT and other Spanish issuers write it
/// (ETSI EN 319 412-1 semantics): organizationIdentifier <c>VATES-B12345678</c> for a legal entity (also
/// in a representative's certificate, where it names the company represented), else serialNumber
/// <c>IDCES-12345678Z</c> for a person, or a bare NIF in serialNumber as older certificates carry it.
/// Only a valid Spanish NIF (check letter included) is taken; anything else is no tax id.
/// </summary>
public static class CertificateTaxId
{
    public static string? Of(string? organizationIdentifier, string? serialNumber) =>
        Spanish(organizationIdentifier, "VATES-") ?? Spanish(serialNumber, "IDCES-") ?? Spanish(serialNumber, "");

    private static string? Spanish(string? value, string prefix)
    {
        if (string.IsNullOrWhiteSpace(value) || !value.Trim().StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return null;
        var raw = value.Trim()[prefix.Length..];
        return TaxId.TryParse(raw, out var id, out _) && id.Kind != TaxIdKind.EuVat && raw.Length == 9 ? id.Value : null;
    }
}
