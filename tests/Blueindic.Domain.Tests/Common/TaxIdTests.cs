using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Common;

public sealed class TaxIdTests
{
    [Theory]
    [InlineData("12345678Z", "12345678Z", TaxIdKind.Dni)]
    [InlineData("00000000T", "00000000T", TaxIdKind.Dni)]
    [InlineData("12.345.678-z", "12345678Z", TaxIdKind.Dni)]
    [InlineData("X1234567L", "X1234567L", TaxIdKind.Nie)]
    [InlineData("y-1234567-x", "Y1234567X", TaxIdKind.Nie)]
    [InlineData("Z1234567R", "Z1234567R", TaxIdKind.Nie)]
    [InlineData("K1234567L", "K1234567L", TaxIdKind.NifKlm)]
    [InlineData("M1234567L", "M1234567L", TaxIdKind.NifKlm)]
    [InlineData("B64717838", "B64717838", TaxIdKind.Cif)]
    [InlineData("A58818501", "A58818501", TaxIdKind.Cif)]
    [InlineData("J99216582", "J99216582", TaxIdKind.Cif)]
    [InlineData("P2807900B", "P2807900B", TaxIdKind.Cif)]
    [InlineData("Q2826000H", "Q2826000H", TaxIdKind.Cif)]
    [InlineData("G46087433", "G46087433", TaxIdKind.Cif)]
    [InlineData("ES B-64717838", "B64717838", TaxIdKind.Cif)]
    [InlineData("ES12345678Z", "12345678Z", TaxIdKind.Dni)]
    [InlineData("DE123456788", "DE123456788", TaxIdKind.EuVat)]
    [InlineData("FR 40 303265045", "FR40303265045", TaxIdKind.EuVat)]
    [InlineData("FRK7399859412", "FRK7399859412", TaxIdKind.EuVat)]
    [InlineData("IT12345670017", "IT12345670017", TaxIdKind.EuVat)]
    [InlineData("NL123456782B01", "NL123456782B01", TaxIdKind.EuVat)]
    [InlineData("ATU12345675", "ATU12345675", TaxIdKind.EuVat)]
    [InlineData("BE0123456749", "BE0123456749", TaxIdKind.EuVat)]
    [InlineData("EL123456783", "EL123456783", TaxIdKind.EuVat)]
    [InlineData("PT123456789", "PT123456789", TaxIdKind.EuVat)]
    [InlineData("IE1234567FA", "IE1234567FA", TaxIdKind.EuVat)]
    public void Valid_ids_are_accepted_normalised_and_classified(string raw, string expected, TaxIdKind kind)
    {
        TaxId.TryParse(raw, out var id, out var error).ShouldBeTrue(error);
        id.Value.ShouldBe(expected);
        id.Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("12345678A", "DNI control letter should be 'Z'")]
    [InlineData("1234567Z", "Not a valid")]
    [InlineData("X1234567A", "NIE control letter should be 'L'")]
    [InlineData("K1234567A", "NIF control letter should be 'L'")]
    [InlineData("B64717839", "CIF control")]
    [InlineData("B6471783H", "CIF control")]   // A, B, E, H entities need a digit control
    [InlineData("P2807900C", "CIF control")]
    [InlineData("P28079002", "CIF control")]   // P, Q, R, S, N, W entities need a letter control
    [InlineData("I12345678", "Not a valid Spanish NIF")]
    [InlineData("ESB64717839", "CIF control")]
    [InlineData("DE12345678", "DE VAT")]
    [InlineData("DE123456789", "DE VAT number: its check digits")]
    [InlineData("FR41303265045", "FR VAT number: its check digits")]
    [InlineData("FR12345678", "FR VAT")]
    [InlineData("IT1234567890", "IT VAT")]
    [InlineData("NL123456789A01", "NL VAT")]
    [InlineData("AT12345678", "AT VAT")]
    [InlineData("BE2123456789", "BE VAT")]
    [InlineData("GR123456789", "prefix EL")]
    [InlineData("US123456789", "not an EU VAT prefix")]
    [InlineData("hello", "not an EU VAT prefix")]
    public void Invalid_ids_are_refused_with_a_reason(string raw, string reason)
    {
        TaxId.TryParse(raw, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason, Case.Insensitive);
    }

    [Theory]
    [InlineData("G46087433", true)]
    [InlineData("G4608743C", true)]
    [InlineData("G4608743B", false)]
    [InlineData("J99216582", true)]
    [InlineData("J9921658B", true)]
    public void Other_entities_accept_the_control_as_digit_or_letter(string raw, bool valid) =>
        TaxId.TryParse(raw, out _, out _).ShouldBe(valid);

    // The problem names what the entity letter requires, never the character that was sent.
    [Theory]
    [InlineData("B6471783H", "should be '8' (entities of type B take a digit)")]
    [InlineData("A5881850A", "should be '1' (entities of type A take a digit)")]
    [InlineData("P28079002", "should be 'B' (entities of type P take a letter)")]
    [InlineData("Q28260008", "should be 'H' (entities of type Q take a letter)")]
    [InlineData("N0032001A", "should be 'J' (entities of type N take a letter)")]
    [InlineData("G4608743B", "should be '3' or 'C'")]
    public void A_wrong_CIF_control_names_the_character_the_entity_requires(string raw, string expected)
    {
        TaxId.TryParse(raw, out _, out var error).ShouldBeFalse();
        error.ShouldContain(expected);
        error.ShouldNotContain($"'{raw[^1]}'");
    }

    // Decision in docs/clients-and-tenants.md: the AEAT's kind of control per entity letter is
    // enforced, so the right value written as the other kind (B…8 written B…H, P…B written P…2) is refused.
    [Theory]
    [InlineData("B64717838", true)]
    [InlineData("B6471783H", false)]
    [InlineData("A58818501", true)]
    [InlineData("A5881850A", false)]
    [InlineData("E12345674", true)]
    [InlineData("E1234567D", false)]
    [InlineData("H12345674", true)]
    [InlineData("H1234567D", false)]
    [InlineData("P2807900B", true)]
    [InlineData("P28079002", false)]
    [InlineData("Q2826000H", true)]
    [InlineData("Q28260008", false)]
    [InlineData("R9600075G", true)]     // python-stdnum test_eu_vat.doctest
    [InlineData("R96000757", false)]
    [InlineData("S2811001C", true)]
    [InlineData("S28110013", false)]
    [InlineData("W4003922D", true)]     // python-stdnum test_eu_vat.doctest
    [InlineData("W40039224", false)]
    [InlineData("N0032001J", true)]
    [InlineData("N00320010", false)]
    public void The_kind_of_CIF_control_follows_the_entity_letter(string raw, bool valid) =>
        TaxId.TryParse(raw, out _, out _).ShouldBe(valid);
}
