using System.Text.RegularExpressions;

namespace Blueindic.Api.Sql;

/// <summary>
/// A statement written with <c>@name</c> parameters, sent as Marten's positional <c>?</c> ones. Each
/// value stands in the statement where it is used, so PostgreSQL plans with it (a parameter read from
/// a CTE is a join column to the planner, which then guesses, and chose scans of every invoice).
/// </summary>
internal static partial class NamedParameters
{
    public static (string Text, object[] Values) Bind(string text, IReadOnlyDictionary<string, object> values)
    {
        var ordered = new List<object>();
        var bound = Name().Replace(text, m =>
        {
            ordered.Add(values.TryGetValue(m.Groups[1].Value, out var value) ? value : throw new ArgumentException($"No value for @{m.Groups[1].Value}."));
            return "?";
        });
        return (bound, ordered.ToArray());
    }

    [GeneratedRegex("@([a-z_]+)")]
    private static partial Regex Name();
}
