namespace Blueindic.Domain.Invoices;

/// <summary>
/// A VERI*FACTU "registro de anulación": takes the next place in the issuer's chain and names the
/// annulled invoice (its issuer, number and issue date).
/// </summary>
public sealed record VerifactuAnnulmentRecord(
    long Position,
    string IssuerTaxId,
    string Number,
    DateOnly IssueDate,
    string PreviousHash,
    DateTimeOffset GeneratedAt,
    string Hash)
{
    public const string RecordType = "anulacion";

    public static VerifactuAnnulmentRecord Create(long position, string issuerTaxId, string number, DateOnly issueDate,
        string previousHash, DateTimeOffset generatedAt)
    {
        var record = new VerifactuAnnulmentRecord(position, issuerTaxId, number, issueDate, previousHash, generatedAt, "");
        return record with { Hash = record.ComputeHash() };
    }

    /// <summary>Whether the stored hash is what its own fields give.</summary>
    public bool HashMatchesFields() => Hash == ComputeHash();

    private string ComputeHash() => Verifactu.AnulacionHash(IssuerTaxId, Number, Verifactu.Date(IssueDate), PreviousHash,
        Verifactu.Instant(GeneratedAt));
}
