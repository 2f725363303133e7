namespace Blueindic.Domain.Invoices;

/// <summary>
/// An invoice took the next number of its series and year and the next place in the issuer's
/// VERI*FACTU chain. Appended to the tenant's ledger stream in the same transaction as the invoice.
/// </summary>
public sealed record InvoiceNumbered(Guid InvoiceId, string Series, int Year, int Sequence, string Number,
    DateOnly IssueDate, long ChainPosition, string RecordHash);
