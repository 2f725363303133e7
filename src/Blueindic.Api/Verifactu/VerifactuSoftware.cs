using System.Reflection;

namespace Blueindic.Api.Verifactu;

/// <summary>The SistemaInformatico block every record carries.</summary>
/// <param name="Id">IdSistemaInformatico: two characters the producer chooses.</param>
/// <param name="OnlyVerifactu">TipoUsoPosibleSoloVerifactu: false, as the system keeps records with submission off too.</param>
/// <param name="MultipleTaxpayersPossible">TipoUsoPosibleMultiOT: the system can keep several businesses' records (one per tenant).</param>
public sealed record VerifactuSoftware(string ProducerName, string ProducerTaxId, string Name, string Id, string Version,
    string InstallationNumber, bool OnlyVerifactu, bool MultipleTaxpayersPossible, bool MultipleTaxpayers)
{
    public const string SystemName = "Blueindic";
    public const string SystemId = "BI";

    /// <summary>The system as configured; a business with no producer configured is its own producer.</summary>
    public static VerifactuSoftware For(VerifactuOptions options, string issuerName, string issuerTaxId) => new(
        ProducerName: string.IsNullOrWhiteSpace(options.ProducerTaxId) ? issuerName : options.ProducerName ?? SystemName,
        ProducerTaxId: string.IsNullOrWhiteSpace(options.ProducerTaxId) ? issuerTaxId : options.ProducerTaxId.Trim(),
        Name: SystemName, Id: SystemId, Version: ReleaseVersion, InstallationNumber: options.InstallationNumber,
        OnlyVerifactu: false, MultipleTaxpayersPossible: true, MultipleTaxpayers: options.MultipleTaxpayers);

    /// <summary>The release, without the build's commit suffix.</summary>
    public static string ReleaseVersion { get; } =
        (typeof(VerifactuSoftware).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0")
        .Split('+')[0];
}
