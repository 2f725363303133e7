namespace Blueindic.Api.Invoices;

/// <param name="InvoiceType">TipoFactura of the invoice's record: F1, or R1–R4 for a corrective.</param>
public sealed record VerifactuResponse(string RecordType, long Position, string Hash, string PreviousHash, DateTimeOffset GeneratedAt, string QrUrl,
    string InvoiceType);
