using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

public sealed record InvoiceLedgerOpened(Guid LedgerId);

/// <summary>
/// An invoice took the next number of its series and year and the next place in the issuer's
/// VERI*FACTU chain. Appended to the tenant's ledger stream in the same transaction as the invoice.
/// </summary>
public sealed record InvoiceNumbered(Guid InvoiceId, string Series, int Year, int Sequence, string Number,
    DateOnly IssueDate, long ChainPosition, string RecordHash);

public sealed record SeriesYear(int LastSequence, DateOnly LastIssueDate);

/// <summary>
/// One per tenant: the last number of every series and year, and the end of the VERI*FACTU chain.
/// Issuing takes an exclusive lock on it, so numbers are gap-free and the chain has one order.
/// </summary>
public sealed record InvoiceLedger(Guid Id, IReadOnlyDictionary<string, SeriesYear> Series, long ChainLength, string LastHash)
{
    public static InvoiceLedger Create(InvoiceLedgerOpened e) => new(e.LedgerId, new Dictionary<string, SeriesYear>(), 0, "");

    public InvoiceLedger Apply(InvoiceNumbered e) => this with
    {
        Series = new Dictionary<string, SeriesYear>(Series) { [Key(e.Series, e.Year)] = new(e.Sequence, e.IssueDate) },
        ChainLength = e.ChainPosition,
        LastHash = e.RecordHash,
    };

    /// <summary>The ledger stream id of a tenant: derived, so every tenant has exactly one.</summary>
    public static Guid StreamIdFor(string tenantId) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"invoice-ledger:{tenantId}")));

    public static string Key(string series, int year) => $"{series}-{year}";

    public static string FormatNumber(string series, int year, int sequence) => $"{series}-{year}-{sequence:0000}";

    /// <summary>The next sequence of a series in the year of <paramref name="issueDate"/>; refuses dates going backwards.</summary>
    public int NextSequence(string series, DateOnly issueDate)
    {
        if (!Series.TryGetValue(Key(series, issueDate.Year), out var last)) return 1;
        if (issueDate < last.LastIssueDate)
            throw new DomainConflictException(
                $"Invoice {FormatNumber(series, issueDate.Year, last.LastSequence)} of series {series} is dated {last.LastIssueDate:yyyy-MM-dd}; a later number may not be dated earlier.");
        return last.LastSequence + 1;
    }
}
