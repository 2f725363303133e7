using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Blueindic.Domain.Invoices;

public static class Verifactu
{
    public const string QrBase = "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR";

    public static string AltaHash(string issuerTaxId, string number, DateOnly issueDate, string invoiceType,
        decimal taxTotal, decimal grossTotal, string previousHash, DateTimeOffset generatedAt)
    {
        var input = $"IDEmisorFactura={issuerTaxId}&NumSerieFactura={number}&FechaExpedicionFactura={Date(issueDate)}" +
                    $"&TipoFactura={invoiceType}&CuotaTotal={Amount(taxTotal)}&ImporteTotal={Amount(grossTotal)}" +
                    $"&Huella={previousHash}&FechaHoraHusoGenRegistro={Instant(generatedAt)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
    }

    public static string QrUrl(string issuerTaxId, string number, DateOnly issueDate, decimal grossTotal) =>
        $"{QrBase}?nif={Uri.EscapeDataString(issuerTaxId)}&numserie={Uri.EscapeDataString(number)}" +
        $"&fecha={Date(issueDate)}&importe={Amount(grossTotal)}";

    private static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
    private static string Instant(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
