namespace Blueindic.Api.Facturae;

/// <summary>
/// A natural person's name as Facturae's Individual wants it: name, first surname, second surname.
/// Spanish order is assumed ("María José García López": the last two words are the surnames); a comma
/// means "surnames, name"; particles (de, del, la…) stay with the word after them ("Juan de la Fuente
/// Martín": first surname "de la Fuente"). One word is the name with an empty first surname.
/// </summary>
public sealed record PersonName(string Name, string FirstSurname, string? SecondSurname)
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "de", "del", "la", "las", "los", "y", "i", "da", "van", "von", "san" };

    public static PersonName Split(string fullName)
    {
        var comma = fullName.IndexOf(',');
        if (comma >= 0)
        {
            var surnames = Groups(fullName[..comma]);
            var name = fullName[(comma + 1)..].Trim();
            return surnames.Count switch
            {
                0 => Split(name),
                1 => new PersonName(name, surnames[0], null),
                _ => new PersonName(name, surnames[0], string.Join(' ', surnames.Skip(1))),
            };
        }
        var groups = Groups(fullName);
        return groups.Count switch
        {
            0 => new PersonName(fullName.Trim(), "", null),
            1 => new PersonName(groups[0], "", null),
            2 => new PersonName(groups[0], groups[1], null),
            _ => new PersonName(string.Join(' ', groups.SkipLast(2)), groups[^2], groups[^1]),
        };
    }

    // Words, each particle joined to the word after it.
    private static List<string> Groups(string text)
    {
        var groups = new List<string>();
        var pending = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Particles.Contains(word)) { pending += word + " "; continue; }
            groups.Add(pending + word);
            pending = "";
        }
        if (pending.Length > 0)
        {
            if (groups.Count > 0) groups[^1] += " " + pending.TrimEnd();
            else groups.Add(pending.TrimEnd());
        }
        return groups;
    }
}
