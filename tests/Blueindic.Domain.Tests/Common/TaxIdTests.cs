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
    [InlineData("DE123456789", "DE123456789", TaxIdKind.EuVat)]
    [InlineData("FR 40 303265045", "FR40303265045", TaxIdKind.EuVat)]
    [InlineData("FRK7399859412", "FRK7399859412", TaxIdKind.EuVat)]
    [InlineData("IT12345678901", "IT12345678901", TaxIdKind.EuVat)]
    [InlineData("NL123456789B01", "NL123456789B01", TaxIdKind.EuVat)]
    [InlineData("ATU12345678", "ATU12345678", TaxIdKind.EuVat)]
    [InlineData("BE0123456789", "BE0123456789", TaxIdKind.EuVat)]
    [InlineData("EL123456789", "EL123456789", TaxIdKind.EuVat)]
    [InlineData("PT123456789", "PT123456789", TaxIdKind.EuVat)]
    [InlineData("IE1234567WA", "IE1234567WA", TaxIdKind.EuVat)]
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
}
