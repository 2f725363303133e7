namespace Blueindic.Domain.Invoices;

/// <summary>
/// A VERI*FACTU billing record ("registro de alta") as chained: each holds the hash of the one
/// before it in the issuer's single chain (RD 1007/2023, Orden HAC/1177/2024).
/// </summary>
/// <param name="Position">1-based place in the issuer's chain.</param>
/// <param name="InvoiceType">TipoFactura: F1 for an ordinary invoice, R1 for a corrective one.</param>
/// <param name="GeneratedAt">FechaHoraHusoGenRegistro, with the Spanish offset.</param>
public sealed record VerifactuRecord(
    long Position,
    string IssuerTaxId,
    string Number,
    DateOnly IssueDate,
    string InvoiceType,
    decimal TaxTotal,
    decimal GrossTotal,
    string PreviousHash,
    DateTimeOffset GeneratedAt,
    string Hash)
{
    public const string RecordType = "alta";

    public static VerifactuRecord Create(long position, string issuerTaxId, string number, DateOnly issueDate, string invoiceType,
        decimal taxTotal, decimal grossTotal, string previousHash, DateTimeOffset generatedAt) =>
        new(position, issuerTaxId, number, issueDate, invoiceType, taxTotal, grossTotal, previousHash, generatedAt,
            Verifactu.AltaHash(issuerTaxId, number, issueDate, invoiceType, taxTotal, grossTotal, previousHash, generatedAt));

    /// <summary>Whether the stored hash is what its own fields give.</summary>
    public bool HashMatchesFields() =>
        Hash == Verifactu.AltaHash(IssuerTaxId, Number, IssueDate, InvoiceType, TaxTotal, GrossTotal, PreviousHash, GeneratedAt);

    public string QrUrl => Verifactu.QrUrl(IssuerTaxId, Number, IssueDate, GrossTotal);
}
