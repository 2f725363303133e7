using Blueindic.Domain.Business;
using Blueindic.Domain.Clients;

namespace Blueindic.Domain.Invoices;

/// <summary>A party's legal data as it was when the invoice was issued.</summary>
/// <param name="Name">The trade name (the issuer's from its business profile; the client's name).</param>
/// <param name="LegalName">Razón social, when the party has one apart from its name.</param>
/// <param name="Email">The issuer's contact e-mail from its business profile (null on a client, and on invoices issued before the profile existed); likewise phone, IBAN, website and logo.</param>
/// <param name="Iban">Compact, upper-case: where the invoice is to be paid.</param>
/// <param name="Logo">The logo the business had when the invoice was issued; its image is kept by its hash.</param>
public sealed record PartySnapshot(string Name, string? LegalName, string? TaxId, Address? Address,
    string? Email = null, string? Phone = null, string? Iban = null, string? Website = null, LogoReference? Logo = null);
