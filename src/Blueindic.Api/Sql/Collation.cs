using Blueindic.Domain.Common;

namespace Blueindic.Api.Sql;

/// <summary>
/// PostgreSQL's ICU collation for <see cref="SpanishCollation"/>: written after a name in an
/// <c>order by</c> (<c>name collate "es-ES-x-icu"</c>). It needs a PostgreSQL built with ICU, which
/// every mainstream package and the official image are; the cluster's own locale does not matter.
/// </summary>
internal static class Collation
{
    public const string Spanish = $"collate \"{SpanishCollation.Locale}-x-icu\"";
}
