using System.Xml.Linq;

namespace Blueindic.Api.Verifactu;

/// <summary>The namespaces of the AEAT's VERI*FACTU service (SistemaFacturacion.wsdl and its schemas).</summary>
public static class AeatNamespaces
{
    private const string Base = "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/";

    /// <summary>SuministroInformacion.xsd: the records and their parts.</summary>
    public static readonly XNamespace Sf = Base + "SuministroInformacion.xsd";

    /// <summary>SuministroLR.xsd: the batch (RegFactuSistemaFacturacion).</summary>
    public static readonly XNamespace SfLR = Base + "SuministroLR.xsd";

    /// <summary>RespuestaSuministro.xsd: the answer.</summary>
    public static readonly XNamespace SfR = Base + "RespuestaSuministro.xsd";

    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
}
