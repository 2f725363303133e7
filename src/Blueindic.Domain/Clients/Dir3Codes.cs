using System.Text.RegularExpressions;

namespace Blueindic.Domain.Clients;

/// <summary>
/// The three DIR3 codes a public administration publishes for its invoices (FACe, Ley 25/2013): the
/// oficina contable (Facturae role 01), the órgano gestor (02) and the unidad tramitadora (03). Each is
/// 9 upper-case letters or digits (e.g. L01281487, E04921501, GE0000549). A stored contract inside the
/// client events: its shape is pinned by the event approval test.
/// </summary>
public sealed partial record Dir3Codes(string AccountingOffice, string ManagementBody, string ProcessingUnit)
{
    /// <summary>Whether <paramref name="code"/> has the shape of a DIR3 code (the directory itself is not consulted).</summary>
    public static bool IsCode(string code) => Shape().IsMatch(code);

    /// <summary>Upper case, without spaces: how codes are compared and stored.</summary>
    public static string Normalise(string raw) => new(raw.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());

    [GeneratedRegex("^[A-Z0-9]{9}$")] private static partial Regex Shape();
}
