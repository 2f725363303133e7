using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>
/// The issuer's business-profile details a PDF prints when the invoice's snapshot holds them: trade
/// name, contact, the IBAN to pay into, and a PNG or JPEG logo. The layout draws each one present.
/// </summary>
public sealed record IssuerProfile(string? TradeName = null, string? Email = null, string? Phone = null, string? Website = null,
    string? Iban = null, byte[]? Logo = null)
{
    public static readonly IssuerProfile None = new();

    /// <summary>
    /// The profile as the invoice's snapshot holds it (none on invoices issued before the profile
    /// existed). The snapshot's name is already the trade name; the logo comes by its hash.
    /// </summary>
    public static IssuerProfile Of(InvoiceIssued.Party issuer, byte[]? logo) =>
        new(null, issuer.Email, issuer.Phone, issuer.Website, issuer.Iban is { } iban ? Printed(iban) : null, logo);

    /// <summary>ISO 13616's print form: groups of four, as a reader copies it into a bank's form.</summary>
    private static string Printed(string iban) => string.Join(" ", iban.Chunk(4).Select(group => new string(group)));
}
