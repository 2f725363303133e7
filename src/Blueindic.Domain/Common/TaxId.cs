using System.Text.RegularExpressions;

namespace Blueindic.Domain.Common;

/// <summary>
/// A Spanish NIF (DNI, NIE, K/L/M, CIF) or an EU VAT number, normalised (upper case, no spaces,
/// dots or dashes). A Spanish NIF written with the "ES" VAT prefix is stored without it, so one
/// business has one canonical id.
/// </summary>
public sealed partial record TaxId
{
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
    private const string CifLetters = "JABCDEFGHI";

    public string Value { get; }
    public TaxIdKind Kind { get; }

    private TaxId(string value, TaxIdKind kind) => (Value, Kind) = (value, kind);

    public override string ToString() => Value;

    public static string Normalise(string raw) =>
        new(raw.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '/')).Select(char.ToUpperInvariant).ToArray());

    public static TaxId Parse(string raw) =>
        TryParse(raw, out var id, out var error) ? id : throw new FormatException(error);

    public static bool TryParse(string? raw, out TaxId taxId, out string error)
    {
        taxId = null!;
        error = "";
        var value = Normalise(raw ?? "");
        if (value.Length == 0) { error = "A tax id is required."; return false; }

        if (TrySpanish(value, out var kind, out error)) { taxId = new TaxId(value, kind); return true; }
        if (value.StartsWith("ES", StringComparison.Ordinal) && value.Length == 11)
        {
            // "ES" + NIF is the Spanish VAT number: same business, canonical form is the bare NIF.
            if (TrySpanish(value[2..], out kind, out error)) { taxId = new TaxId(value[2..], kind); return true; }
            return false;
        }
        if (LooksSpanish(value)) return false;
        if (EuVatNumber.TryValidate(value, out var canonical, out error)) { taxId = new TaxId(canonical, TaxIdKind.EuVat); return true; }
        return false;
    }

    private static bool LooksSpanish(string v) => v.Length == 9 && (char.IsDigit(v[0]) || SpanishShape().IsMatch(v));

    private static bool TrySpanish(string v, out TaxIdKind kind, out string error)
    {
        kind = default;
        error = "";
        if (Dni().IsMatch(v))
        {
            kind = TaxIdKind.Dni;
            return CheckDniLetter(int.Parse(v[..8]), v[8], "DNI", out error);
        }
        if (Nie().IsMatch(v))
        {
            kind = TaxIdKind.Nie;
            var number = int.Parse("XYZ".IndexOf(v[0]) + v[1..8]);
            return CheckDniLetter(number, v[8], "NIE", out error);
        }
        if (Klm().IsMatch(v))
        {
            kind = TaxIdKind.NifKlm;
            return CheckDniLetter(int.Parse(v[1..8]), v[8], "NIF", out error);
        }
        if (Cif().IsMatch(v))
        {
            kind = TaxIdKind.Cif;
            return CheckCif(v, out error);
        }
        error = LooksSpanish(v)
            ? "Not a valid Spanish NIF: expected 8 digits and a letter (DNI), X/Y/Z + 7 digits + letter (NIE), K/L/M + 7 digits + letter, or an entity letter + 7 digits + control (CIF)."
            : "Not a valid tax id.";
        return false;
    }

    private static bool CheckDniLetter(int number, char letter, string what, out string error)
    {
        var expected = DniLetters[number % 23];
        error = letter == expected ? "" : $"The {what} control letter should be '{expected}'.";
        return error.Length == 0;
    }

    private static bool CheckCif(string v, out string error)
    {
        var sum = 0;
        for (var i = 1; i <= 7; i++)
        {
            var d = v[i] - '0';
            if (i % 2 == 0) sum += d;
            else { var doubled = d * 2; sum += doubled / 10 + doubled % 10; }
        }
        var c = (10 - sum % 10) % 10;
        var digit = (char)('0' + c);
        var letter = CifLetters[c];
        var control = v[8];
        // The AEAT (Orden EHA/451/2008) fixes the kind of control by entity type; a number with
        // the other kind is refused (docs/clients-and-tenants.md says why). The problem names
        // what the entity letter requires, never what was sent.
        var (ok, required) = v[0] switch
        {
            'N' or 'P' or 'Q' or 'R' or 'S' or 'W' =>
                (control == letter, $"'{letter}' (entities of type {v[0]} take a letter)"),
            'A' or 'B' or 'E' or 'H' =>
                (control == digit, $"'{digit}' (entities of type {v[0]} take a digit)"),
            _ => (control == digit || control == letter, $"'{digit}' or '{letter}'"),
        };
        error = ok ? "" : $"The CIF control character should be {required}.";
        return ok;
    }

    [GeneratedRegex("^[0-9]{8}[A-Z]$")] private static partial Regex Dni();
    [GeneratedRegex("^[XYZ][0-9]{7}[A-Z]$")] private static partial Regex Nie();
    [GeneratedRegex("^[KLM][0-9]{7}[A-Z]$")] private static partial Regex Klm();
    [GeneratedRegex("^[ABCDEFGHJNPQRSUVW][0-9]{7}[0-9A-J]$")] private static partial Regex Cif();
    [GeneratedRegex("^[A-Z][0-9]{7}[0-9A-Z]$")] private static partial Regex SpanishShape();
}
