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
    /// SEAM (issue 16, business profile): the issuer snapshot in <see cref="InvoiceIssued.Party"/> does
    /// not carry these fields yet; when it does, map them here (one line each) and every PDF shows them.
    /// </summary>
    public static IssuerProfile Of(InvoiceIssued.Party issuer) => None;
}
