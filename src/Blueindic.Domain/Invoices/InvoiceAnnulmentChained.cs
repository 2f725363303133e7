namespace Blueindic.Domain.Invoices;

/// <summary>
/// An anulación took the next place in the issuer's VERI*FACTU chain. Appended to the tenant's ledger
/// stream in the same transaction as <see cref="InvoiceAnnulled"/>.
/// </summary>
public sealed record InvoiceAnnulmentChained(Guid InvoiceId, string Number, long ChainPosition, string RecordHash);
