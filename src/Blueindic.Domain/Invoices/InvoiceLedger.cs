using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

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

    public InvoiceLedger Apply(InvoiceAnnulmentChained e) => this with { ChainLength = e.ChainPosition, LastHash = e.RecordHash };

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
