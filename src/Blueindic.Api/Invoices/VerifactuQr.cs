using Blueindic.Domain.Invoices;
using QRCoder;

namespace Blueindic.Api.Invoices;

/// <summary>The VERI*FACTU QR code of an invoice: its QR address (as built today), error correction level M.</summary>
public static class VerifactuQr
{
    public static string Url(InvoiceIssued invoice) => invoice.Verifactu.ToRecord().QrUrl;

    public static QRCodeData Code(string url) => QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
}
