namespace Blueindic.Api.Facturae;

/// <summary>
/// Spain's 52 provinces by the first two digits of the postal code (01 Araba/Álava … 52 Melilla), the
/// INE's province codes, which Correos' postal codes begin with. Names in their official form, each
/// within Facturae's 20 characters (Santa Cruz de Tenerife as the INE's short "S.C. Tenerife").
/// </summary>
internal static class SpanishProvinces
{
    private static readonly string[] Names =
    [
        "Araba/Álava", "Albacete", "Alicante/Alacant", "Almería", "Ávila", "Badajoz", "Illes Balears", "Barcelona", "Burgos", "Cáceres",
        "Cádiz", "Castellón/Castelló", "Ciudad Real", "Córdoba", "A Coruña", "Cuenca", "Girona", "Granada", "Guadalajara", "Gipuzkoa",
        "Huelva", "Huesca", "Jaén", "León", "Lleida", "La Rioja", "Lugo", "Madrid", "Málaga", "Murcia",
        "Navarra", "Ourense", "Asturias", "Palencia", "Las Palmas", "Pontevedra", "Salamanca", "S.C. Tenerife", "Cantabria", "Segovia",
        "Sevilla", "Soria", "Tarragona", "Teruel", "Toledo", "Valencia/València", "Valladolid", "Bizkaia", "Zamora", "Zaragoza",
        "Ceuta", "Melilla",
    ];

    /// <summary>The province a 5-digit Spanish postal code belongs to, or null when its first two digits name none.</summary>
    public static string? OfPostCode(string? postCode) =>
        postCode is { Length: 5 } && postCode.All(char.IsAsciiDigit) && int.Parse(postCode[..2]) is var n and >= 1 and <= 52 ? Names[n - 1] : null;
}
