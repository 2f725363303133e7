using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Blueindic.Domain.Invoices;

/// <summary>
/// The VERI*FACTU hashes and texts (Orden HAC/1177/2024). Amounts are hashed as the text written in
/// the record (<c>41.4</c> and <c>41.40</c> give different hashes), so the hashes take text, and
/// <see cref="Amount"/> is the one formatting this system writes in both the hash input and the XML.
/// </summary>
public static class Verifactu
{
    public const string QrBase = "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR";

    /// <summary>Huella of a registro de alta: SHA-256 of its fields in the order the order sets, 64 upper-case hex characters.</summary>
    public static string AltaHash(string issuerTaxId, string number, string issueDate, string invoiceType,
        string cuotaTotal, string importeTotal, string previousHash, string generatedAt) =>
        Sha256($"IDEmisorFactura={issuerTaxId}&NumSerieFactura={number}&FechaExpedicionFactura={issueDate}" +
               $"&TipoFactura={invoiceType}&CuotaTotal={cuotaTotal}&ImporteTotal={importeTotal}" +
               $"&Huella={previousHash}&FechaHoraHusoGenRegistro={generatedAt}");

    /// <summary>Huella of a registro de anulación: the annulled invoice's identification, the previous hash and the time.</summary>
    public static string AnulacionHash(string issuerTaxId, string number, string issueDate, string previousHash, string generatedAt) =>
        Sha256($"IDEmisorFacturaAnulada={issuerTaxId}&NumSerieFacturaAnulada={number}&FechaExpedicionFacturaAnulada={issueDate}" +
               $"&Huella={previousHash}&FechaHoraHusoGenRegistro={generatedAt}");

    public static string QrUrl(string issuerTaxId, string number, DateOnly issueDate, decimal grossTotal) =>
        $"{QrBase}?nif={Uri.EscapeDataString(issuerTaxId)}&numserie={Uri.EscapeDataString(number)}" +
        $"&fecha={Date(issueDate)}&importe={Amount(grossTotal)}";

    /// <summary>TipoFactura of an invoice: F1, or R1–R4 for a corrective by its legal ground (see <see cref="CorrectionGround"/>).</summary>
    public static string InvoiceType(CorrectionGround? correction) => correction switch
    {
        null => "F1",
        CorrectionGround.Error => "R1",
        CorrectionGround.Insolvency => "R2",
        CorrectionGround.Uncollectible => "R3",
        CorrectionGround.Other => "R4",
        _ => throw new ArgumentOutOfRangeException(nameof(correction)),
    };

    /// <summary>dd-mm-yyyy, as FechaExpedicionFactura.</summary>
    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>An amount as this system writes it in a record: two decimals, a point, no grouping.</summary>
    public static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>yyyy-mm-ddThh:mm:ss+hh:mm, as FechaHoraHusoGenRegistro.</summary>
    public static string Instant(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Sha256(string input) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
}
