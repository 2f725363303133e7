namespace Blueindic.Api.Verifactu;

/// <summary>VERI*FACTU settings (<c>Blueindic__Verifactu__*</c>): who produced the invoicing system, as every record says.</summary>
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
}
