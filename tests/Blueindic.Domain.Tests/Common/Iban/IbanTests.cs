using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Common.Iban;

/// <summary>
/// ISO 13616 check digits and lengths. The examples are the ones banks and the IBAN registry publish
/// (each confirmed by python-stdnum); iban-stdnum.txt holds 3 random IBANs of every country in
/// stdnum's registry with their check digits computed by stdnum, and mistyped, longer and shorter
/// forms it refuses (iban-from-stdnum.py rebuilds it).
/// </summary>
public sealed class IbanTests
{
    [Theory]
    [InlineData("ES91 2100 0418 4502 0005 1332", "ES9121000418450200051332")]
    [InlineData("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89370400440532013000")]
    [InlineData("fr14 2004 1010 0505 0001 3m02 606", "FR1420041010050500013M02606")]
    [InlineData("NL91ABNA0417164300", "NL91ABNA0417164300")]
    [InlineData("IT60 X054 2811 1010 0000 0123 456", "IT60X0542811101000000123456")]
    [InlineData("NO93 8601 1117 947", "NO9386011117947")]
    [InlineData("CH93 0076 2011 6238 5295 7", "CH9300762011623852957")]
    [InlineData("PT50 0002 0123 1234 5678 9015 4", "PT50000201231234567890154")]
    [InlineData(" BE68 5390 0754 7034 ", "BE68539007547034")]
    public void Published_examples_are_valid_and_stored_compact_upper_case(string written, string stored)
    {
        Blueindic.Domain.Common.Iban.TryNormalise(written, out var iban, out var error).ShouldBeTrue(error);
        iban.ShouldBe(stored);
    }

    [Theory]
    [InlineData("ES91 2100 0418 4502 0005 1333", "check digits")]   // last digit mistyped
    [InlineData("ES19 2100 0418 4502 0005 1332", "check digits")]   // check digits swapped
    [InlineData("GB82 WEST 1234 5698 7654 23", "check digits")]     // two neighbours swapped
    [InlineData("DE89 3704 0044 0532 0130 0", "22 characters")]     // a digit missing
    [InlineData("ES9121000418450200051332X", "24 characters")]
    [InlineData("XX91 2100 0418 4502 0005 1332", "has no IBAN")]
    [InlineData("ES91-2100-0418-4502-0005-1332", "letters and digits")]
    [InlineData("9121 0004 1845 0200 0513 32ES", "two letters of country")]
    [InlineData("ES", "letters and digits")]
    // Pass mod 97 but ISO 13616 check digits are 02 to 98: 00, 01 and 99 are never issued.
    [InlineData("ES00 2100 0418 4502 0000 0008", "02 to 98")]
    [InlineData("ES01 2100 0418 4502 0000 0087", "02 to 98")]
    [InlineData("ES99 2100 0418 4502 0000 0069", "02 to 98")]
    // Passes mod 97, but a Spanish account number (BBAN) is 20 digits.
    [InlineData("ES42 2100 0418 4502 0005 1X32", "20 digits")]
    public void Mistyped_or_misshapen_IBANs_are_refused_with_the_reason(string written, string reason)
    {
        Blueindic.Domain.Common.Iban.TryNormalise(written, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
    }

    [Fact]
    public void Every_country_in_python_stdnum_agrees()
    {
        var lines = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Common", "Iban", "iban-stdnum.txt"))
            .Where(l => !l.StartsWith('#')).Select(l => (Valid: l.StartsWith("valid "), Iban: l[(l.IndexOf(' ') + 1)..])).ToList();
        lines.Count(l => l.Valid).ShouldBeGreaterThan(240);
        lines.Where(l => Blueindic.Domain.Common.Iban.TryNormalise(l.Iban, out _, out _) != l.Valid)
            .Select(l => $"{l.Iban} should be {(l.Valid ? "valid" : "invalid")}").ShouldBeEmpty();
    }
}
