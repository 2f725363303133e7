using System.Globalization;

namespace Blueindic.Domain.Common;

/// <summary>
/// The order a Spanish reader expects of names: "Álamo", "alfa", "Nube", "Ñandú", "Zeta" — an accent
/// after its bare letter, ñ after n, case only between names otherwise equal. Code-point order would
/// put "Zeta" before "alfa" and "Álamo" last. SQL that orders names uses PostgreSQL's ICU collation
/// of the same locale (<c>Sql/Collation</c>); both are ICU, so they agree.
/// </summary>
public static class SpanishCollation
{
    public const string Locale = "es-ES";

    public static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo(Locale), CompareOptions.None);
}
