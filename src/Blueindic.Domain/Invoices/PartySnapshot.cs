using Blueindic.Domain.Clients;

namespace Blueindic.Domain.Invoices;

/// <summary>A party's legal data as it was when the invoice was issued.</summary>
public sealed record PartySnapshot(string Name, string? LegalName, string? TaxId, Address? Address);
