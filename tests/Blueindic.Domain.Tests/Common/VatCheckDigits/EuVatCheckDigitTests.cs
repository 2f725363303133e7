using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Common.VatCheckDigits;

/// <summary>
/// The member states' check digits, against python-stdnum as the independent oracle: its list of
/// real numbers found online (stdnum-valid.txt), its own mangled numbers and every one of those
/// real numbers with its check character changed (stdnum-invalid.txt), and random numbers in every
/// format with each possible check character (stdnum-random.txt). The files say where each line
/// comes from; regenerate-from-stdnum.py and random-from-stdnum.py, next to them, rebuild them
/// from a python-stdnum checkout.
/// </summary>
public sealed class EuVatCheckDigitTests
{
    [Fact]
    public void Every_number_python_stdnum_lists_as_valid_is_accepted_in_its_compact_form()
    {
        var refused = new List<string>();
        foreach (var (raw, compact) in ValidNumbers())
        {
            // A Spanish NIF with the ES prefix is stored bare, as a Spanish id (the CIFs among them are
            // the real-world check of the AEAT's letter/digit rule in docs/clients-and-tenants.md).
            var (stored, kind) = compact.StartsWith("ES") ? (compact[2..], false) : (compact, true);
            if (!TaxId.TryParse(Written(raw), out var id, out var error)) refused.Add($"{raw}: {error}");
            else if (id.Value != stored || (id.Kind == TaxIdKind.EuVat) != kind) refused.Add($"{raw}: read as {id.Value} ({id.Kind})");
        }
        refused.ShouldBeEmpty();
    }

    [Fact]
    public void Every_number_python_stdnum_refuses_for_its_check_digits_is_refused()
    {
        var accepted = InvalidNumbers().Where(n => TaxId.TryParse(Written(n), out _, out _)).ToList();
        accepted.ShouldBeEmpty();
    }

    [Fact]
    public void A_valid_number_with_its_check_character_changed_is_refused_as_a_check_digit_error()
    {
        // The compact lines of stdnum-invalid.txt: all of its second part (a real number with its check
        // character changed) and the compact lines of python-stdnum's own mangled list.
        var mangled = InvalidNumbers().Where(n => !n.Contains(' ') && !n.Contains('-')).ToList();
        mangled.Count.ShouldBeGreaterThan(600);
        var wrongReason = mangled
            .Select(n => (n, ok: TaxId.TryParse(n, out _, out var error), error))
            .Where(r => r.ok || !r.error.Contains("check digits"))
            .Select(r => $"{r.n}: {(r.ok ? "accepted" : r.error)}")
            .ToList();
        wrongReason.ShouldBeEmpty();
    }

    [Fact]
    public void Random_numbers_take_exactly_the_check_characters_python_stdnum_accepts()
    {
        var disagreements = new List<string>();
        var (compared, valid) = (0, 0);
        foreach (var line in DataLines("stdnum-random.txt"))
        {
            var (pattern, alphabet, accepted) = line.Split(" | ") switch { var p => (p[0], p[1], p[2]) };
            var (hole, candidates) = alphabet == "00-99"
                ? ("??", Enumerable.Range(0, 100).Select(i => i.ToString("00")).ToList())
                : ("?", alphabet.Select(c => c.ToString()).ToList());
            var expected = accepted == "-" ? [] : (alphabet == "00-99" ? accepted.Split(' ') : accepted.Select(c => c.ToString())).ToHashSet();
            foreach (var candidate in candidates)
            {
                compared++;
                if (expected.Contains(candidate)) valid++;
                var number = pattern.Replace(hole, candidate);
                if (TaxId.TryParse(number, out _, out _) != expected.Contains(candidate)) disagreements.Add(number);
            }
        }
        (compared, valid).ShouldBe((34_040, 1_619)); // the file's size: a truncated file cannot pass
        disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void Every_prefix_we_accept_has_real_numbers_in_the_oracle_list()
    {
        var tested = ValidNumbers().Select(v => v.Compact[..2]).ToHashSet();
        tested.ShouldContain("ES");
        EuVatNumber.Prefixes.Where(p => !tested.Contains(p)).ShouldBeEmpty();
    }

    // One example per member state and per form, from the docstring of the python-stdnum module
    // named, and the same number with its check character changed.
    [Theory]
    [InlineData("ATU13585627", "ATU13585626")]          // at/uid.py
    [InlineData("BE0428759497", "BE0428759498")]        // be/vat.py
    [InlineData("BE428759497", "BE428759498")]          // be/vat.py: old 9-digit form
    [InlineData("BG175074752", "BG175074751")]          // bg/vat.py: legal entity
    [InlineData("BG7523169263", "BG7523169264")]        // test_eu_vat.doctest: 10-digit (EGN)
    [InlineData("CY10259033P", "CY10259033Q")]          // cy/vat.py
    [InlineData("CZ25123891", "CZ25123890")]            // cz/dic.py: legal entity
    [InlineData("CZ7103192745", "CZ7103192746")]        // cz/dic.py: birth number
    [InlineData("CZ640903926", "CZ640903927")]          // cz/dic.py: special case
    [InlineData("DE136695976", "DE136695977")]          // de/vat.py
    [InlineData("DK13585628", "DK13585629")]            // dk/cvr.py
    [InlineData("EE100594102", "EE100594103")]          // ee/kmkr.py
    [InlineData("EL094259216", "EL094259217")]          // gr/vat.py
    [InlineData("FI20774740", "FI20774741")]            // fi/alv.py
    [InlineData("FR23334175221", "FR24334175221")]      // fr/tva.py: numeric key
    [InlineData("FRK7399859412", "FRL7399859412")]      // fr/tva.py: new-style key
    [InlineData("FR4Z123456782", "FR5Z123456782")]      // fr/tva.py: new-style key starting with a digit
    [InlineData("HR33392005961", "HR33392005962")]      // hr/oib.py
    [InlineData("HU12892312", "HU12892313")]            // hu/anum.py
    [InlineData("IE6433435F", "IE6433435E")]            // ie/vat.py: pre-2013
    [InlineData("IE6433435OA", "IE6433435PA")]          // ie/vat.py: 2013 form
    [InlineData("IE8D79739I", "IE8D79739J")]            // ie/vat.py: old style
    [InlineData("IT00743110157", "IT00743110158")]      // it/iva.py
    [InlineData("LT119511515", "LT119511516")]          // lt/pvm.py: organisation
    [InlineData("LT100001919017", "LT100001919018")]    // lt/pvm.py: temporarily registered
    [InlineData("LT100004801610", "LT100004801611")]    // lt/pvm.py: second step of the check
    [InlineData("LU15027442", "LU15027443")]            // lu/tva.py
    [InlineData("LV40003521600", "LV40003521601")]      // lv/pvn.py: legal entity
    [InlineData("LV16117519997", "LV16117519998")]      // lv/pvn.py: personal code, old format
    [InlineData("LV32867300679", "LV32867300677")]      // lv/pvn.py: personal code, new format
    [InlineData("MT11679112", "MT11679113")]            // mt/vat.py
    [InlineData("NL004495445B01", "NL004495446B01")]    // nl/btw.py
    [InlineData("NL002455799B11", "NL002455798B11")]    // nl/btw.py: sole trader since 2020
    [InlineData("PL8567346215", "PL8567346216")]        // pl/nip.py
    [InlineData("PT501964843", "PT501964844")]          // pt/nif.py
    [InlineData("RO18547290", "RO18547291")]            // ro/cf.py: CUI
    [InlineData("RO1630615123457", "RO1630615123458")]  // ro/cf.py: CNP
    [InlineData("SE123456789701", "SE123456789801")]    // se/vat.py
    [InlineData("SI50223054", "SI50223055")]            // si/ddv.py
    [InlineData("SK2022749619", "SK2022749618")]        // sk/dph.py
    [InlineData("XI980780684", "XI980780685")]          // gb/vat.py (XI uses UK numbers)
    public void Each_member_state_checks_its_own_check_digits(string valid, string changed)
    {
        TaxId.TryParse(valid, out _, out var error).ShouldBeTrue(error);
        TaxId.TryParse(changed, out _, out error).ShouldBeFalse();
        error.ShouldContain("check digits");
    }

    [Theory]
    [InlineData("BE 428.759.497", "BE0428759497")]
    [InlineData("EL 94259216", "EL094259216")]
    [InlineData("NL4495445B01", "NL004495445B01")]
    public void Belgian_Greek_and_Dutch_numbers_without_their_leading_zeros_are_stored_with_them(string raw, string stored)
    {
        TaxId.Parse(raw).Value.ShouldBe(stored);
        TaxId.Parse(stored).ShouldBe(TaxId.Parse(raw));
    }

    [Theory]
    [InlineData("HR33392005961", 10)]
    [InlineData("DE136695976", 8)]
    public void Every_other_last_digit_is_refused(string valid, int lastIndex)
    {
        var others = "0123456789".Where(c => c != valid[lastIndex + 2])
            .Select(c => valid[..(lastIndex + 2)] + c + valid[(lastIndex + 3)..]);
        others.Where(n => TaxId.TryParse(n, out _, out _)).ShouldBeEmpty();
    }

    // The list's separators that TaxId.Normalise does not strip ("BE (0)468…", "EL: 094…", "DK 12,…").
    private static string Written(string raw) => raw.Replace("(0)", "0").Replace(":", "").Replace(",", "");

    private static IEnumerable<(string Raw, string Compact)> ValidNumbers() =>
        DataLines("stdnum-valid.txt").Select(l => l.Split(" | ")).Select(p => (p[0], p[1]));

    private static IEnumerable<string> InvalidNumbers() => DataLines("stdnum-invalid.txt");

    private static IEnumerable<string> DataLines(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Common", "VatCheckDigits", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
}
