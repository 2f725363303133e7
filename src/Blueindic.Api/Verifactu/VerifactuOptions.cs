namespace Blueindic.Api.Verifactu;

/// <summary>VERI*FACTU settings (<c>Blueindic__Verifactu__*</c>): who produced the invoicing system, as every record says, and sending the records to the AEAT.</summary>
public sealed class VerifactuOptions
{
    /// <summary>SistemaInformatico/NombreRazon: the producer of the system. Default: the business itself.</summary>
    public string? ProducerName { get; set; }

    /// <summary>
    /// SistemaInformatico/NIF: the producer's Spanish NIF. Unset, each business's own NIF and name are
    /// written, as for a system the business runs as its own (the AEAT allows a business to produce its own).
    /// </summary>
    public string? ProducerTaxId { get; set; }

    /// <summary>NumeroInstalacion: this installation's number (up to 100 characters).</summary>
    public string InstallationNumber { get; set; } = "1";

    /// <summary>IndicadorMultiplesOT: this installation keeps the records of more than one business (the hosted service does).</summary>
    public bool MultipleTaxpayers { get; set; } = true;

    /// <summary>The AEAT's test service (pre-production); production is www1.agenciatributaria.gob.es.</summary>
    public const string AeatTestEndpoint = "https://prewww1.aeat.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP";

    /// <summary>Send each business's records to <see cref="Endpoint"/> (VERI*FACTU mode). Off: they are kept, listed as pending.</summary>
    public bool Submit { get; set; }

    public string Endpoint { get; set; } = AeatTestEndpoint;

    /// <summary>Records in one batch: at most 1,000 (the AEAT's limit), which is also the default.</summary>
    public int BatchSize { get; set; } = Domain.Aeat.VerifactuSubmission.MaxBatch;

    /// <summary>
    /// Waits before each retry of a batch the AEAT did not answer (the network, TLS, a fault), the last
    /// repeated as long as it takes: records are never given up.
    /// </summary>
    public TimeSpan[] RetryDelays { get; set; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)];

    /// <summary>How long one batch may take, connection and answer included.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// SHA-256 of a server certificate to accept although no trusted authority issued it: a private or
    /// test endpoint. Unset, the endpoint's certificate must chain to a trusted root, as the AEAT's does.
    /// </summary>
    public string? ServerCertificateSha256 { get; set; }
}
