namespace Blueindic.Domain.Invoices;

/// <summary>
/// An invoice issued by mistake was annulled: its VERI*FACTU registro de anulación was chained. It
/// stays in its history but no longer counts anywhere. Client, issue date and totals are copied so
/// the sales rollups can take the invoice out without loading it.
/// </summary>
public sealed record InvoiceAnnulled(
    Guid InvoiceId,
    string Number,
    Guid ClientId,
    DateOnly IssueDate,
    decimal NetTotal,
    decimal Total,
    DateOnly Date,
    string Reason,
    InvoiceAnnulled.ChainRecord Verifactu)
{
    /// <summary>The registro de anulación as chained.</summary>
    public sealed record ChainRecord(long Position, string IssuerTaxId, string Number, DateOnly IssueDate, string PreviousHash,
        DateTimeOffset GeneratedAt, string Hash)
    {
        public static ChainRecord Of(VerifactuAnnulmentRecord r) =>
            new(r.Position, r.IssuerTaxId, r.Number, r.IssueDate, r.PreviousHash, r.GeneratedAt, r.Hash);

        public VerifactuAnnulmentRecord ToRecord() => new(Position, IssuerTaxId, Number, IssueDate, PreviousHash, GeneratedAt, Hash);
    }
}
