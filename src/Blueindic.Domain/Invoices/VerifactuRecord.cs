namespace Blueindic.Domain.Invoices;

/// <summary>
/// A VERI*FACTU billing record ("registro de alta") as chained: each holds the hash of the one
/// before it in the issuer's single chain (RD 1007/2023, Orden HAC/1177/2024).
/// </summary>
/// <param name="Position">1-based place in the issuer's chain.</param>
/// <param name="InvoiceType">TipoFactura: F1 for an ordinary invoice, R1–R4 for a corrective one by its ground.</param>
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
        decimal taxTotal, decimal grossTotal, string previousHash, DateTimeOffset generatedAt)
    {
        var record = new VerifactuRecord(position, issuerTaxId, number, issueDate, invoiceType, taxTotal, grossTotal, previousHash, generatedAt, "");
        return record with { Hash = record.ComputeHash() };
    }

    /// <summary>CuotaTotal exactly as hashed and as written in the XML record.</summary>
    public string CuotaTotal => Verifactu.Amount(TaxTotal);

    /// <summary>ImporteTotal exactly as hashed and as written in the XML record.</summary>
    public string ImporteTotal => Verifactu.Amount(GrossTotal);

    /// <summary>Whether the stored hash is what its own fields give.</summary>
    public bool HashMatchesFields() => Hash == ComputeHash();

    private string ComputeHash() => Verifactu.AltaHash(IssuerTaxId, Number, Verifactu.Date(IssueDate), InvoiceType, CuotaTotal, ImporteTotal,
        PreviousHash, Verifactu.Instant(GeneratedAt));

    public string QrUrl => Verifactu.QrUrl(IssuerTaxId, Number, IssueDate, GrossTotal);
}
