using System.Globalization;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Common;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("Muñoz", "munoz")]
    [InlineData("PANADERÍA ÑANDÚ", "panaderia nandu")]
    [InlineData("Çà et là", "ca et la")]
    [InlineData(null, "")]
    public void Search_text_folds_case_and_accents(string? text, string folded) => SearchText.Fold(text).ShouldBe(folded);

    [Theory]
    [InlineData("\uFFFE", "\uFFFE")]                    // a non-character: Normalize throws on it
    [InlineData("MUÑOZ\uFFFE", "munoz\uFFFE")]          // the rest still folds
    [InlineData("Ñ\uD800a", "n\uD800a")]                 // a lone surrogate, as a JSON escape can carry
    [InlineData("\U0001F600 Ágata", "\U0001F600 agata")]  // a pair that normalises fine
    public void Search_text_folds_any_string_JSON_can_carry(string text, string folded)
    {
        Should.Throw<ArgumentException>(() => "\uFFFE".Normalize(System.Text.NormalizationForm.FormD));
        SearchText.Fold(text).ShouldBe(folded);
    }

    [Theory]
    [InlineData(" Pedidos@PanaderiaMunoz.ES ", true, "Pedidos@panaderiamunoz.es")]
    [InlineData("a@b.co", true, "a@b.co")]
    [InlineData("pedidos@", false, null)]
    [InlineData("no spaces@x.es", false, null)]
    [InlineData("sin-dominio@localhost", false, null)]
    [InlineData("two@@x.es", false, null)]
    [InlineData("o'brien+facturas@Sub.Example.CO.uk", true, "o'brien+facturas@sub.example.co.uk")]
    [InlineData("josé.garcía@correos.es", true, "josé.garcía@correos.es")]
    [InlineData("info@xn--espaa-rta.xn--p1ai", true, "info@xn--espaa-rta.xn--p1ai")]
    [InlineData("javascript:alert(3)//@x.com", false, null)]
    [InlineData("javascript:alert(3)@x.com", false, null)]
    [InlineData("\"quoted\"@x.es", false, null)]
    [InlineData("a(comment)@x.es", false, null)]
    [InlineData("<a@x.es>", false, null)]
    [InlineData("a@[127.0.0.1]", false, null)]
    [InlineData("a..b@x.es", false, null)]
    [InlineData(".a@x.es", false, null)]
    [InlineData("a.@x.es", false, null)]
    [InlineData("a@-x.es", false, null)]
    [InlineData("a@x-.es", false, null)]
    [InlineData("a@x.e", false, null)]
    [InlineData("a@x.5e", false, null)]
    [InlineData("a@x.es\n", true, "a@x.es")]
    [InlineData("a@x.es\nb", false, null)]
    public void Emails_are_checked_and_their_domain_lower_cased(string raw, bool valid, string? normalised)
    {
        Email.TryNormalise(raw, out var email).ShouldBe(valid);
        if (valid) email.ShouldBe(normalised);
    }

    [Fact]
    public void The_local_part_is_at_most_64_characters()
    {
        Email.TryNormalise($"{new string('a', 64)}@x.es", out _).ShouldBeTrue();
        Email.TryNormalise($"{new string('a', 65)}@x.es", out _).ShouldBeFalse();
    }

    /// <summary>
    /// .NET's own address parser as the oracle: every address accepted here is one it reads to the
    /// same address (ours is the stricter grammar), over addresses built from every kind of piece.
    /// </summary>
    [Fact]
    public void Every_accepted_email_is_an_address_for_dotnets_parser_too()
    {
        string[] locals = ["a", "a.b", "a+b", "o'b", "ñ", "a_b-c", "1", "a!#$%&*/=?^`{|}~", "a..b", ".a", "a:b", "a(b)", "\"a\"", "a b", "a\\b", "<a>", "a,b", "a;b", "a[b]"];
        string[] domains = ["x.es", "sub.x.es", "x-y.es", "xn--p1ai.xn--p1ai", "correos.españa", "-x.es", "x-.es", "x..es", "x.e", "[1.2.3.4]", "x", "x.es.", "x_y.es", "x.1es"];
        var accepted = 0;
        foreach (var local in locals)
        foreach (var domain in domains)
        {
            if (!Email.TryNormalise($"{local}@{domain}", out var email)) continue;
            accepted++;
            new System.Net.Mail.MailAddress(email).Address.ShouldBe(email);
        }
        accepted.ShouldBeGreaterThan(20);
    }

    // As UTF-16 code units: xUnit would mangle a lone surrogate in a string argument.
    [Theory]
    [InlineData("0054 FFFE 004E", "U+FFFE")]
    [InlineData("FFFF", "U+FFFF")]
    [InlineData("0061 D800 0062", "U+D800")]  // a lone high surrogate
    [InlineData("0061 DC00", "U+DC00")]       // a lone low surrogate
    [InlineData("DC00 D800", "U+DC00")]       // a pair in the wrong order
    public void Text_refuses_what_XML_cannot_carry_naming_it(string units, string named)
    {
        var errors = new ValidationErrors();
        FreeText.Read(FromUnits(units), "name", 200, errors);
        errors.ToDictionary()["name"].ShouldHaveSingleItem().ShouldContain(named);
    }

    private static string FromUnits(string units) =>
        new(units.Split(' ').Select(u => (char)int.Parse(u, NumberStyles.HexNumber)).ToArray());

    [Theory]
    [InlineData("\U0001F600 Ágata")]   // a surrogate pair
    [InlineData("\uFDD0 \U0001FFFE")]  // non-characters XML still allows
    [InlineData("\u0378 \U000E0080")]  // unassigned code points
    [InlineData("\u00AD\u200B\u202E")]  // format characters: soft hyphen, zero width space, right-to-left override
    [InlineData("\uE000")]              // private use
    public void Text_accepts_every_other_character(string text)
    {
        var errors = new ValidationErrors();
        FreeText.Read(text, "name", 200, errors).ShouldBe(text);
        errors.IsEmpty.ShouldBeTrue();
    }

    /// <summary>One character of every Unicode category (and a lone surrogate): each is kept or refused by name, none throws.</summary>
    [Fact]
    public void Text_of_every_unicode_category_is_kept_or_refused_by_field()
    {
        var samples = Enumerable.Range(0, 0x110000).Where(c => c is < 0xD800 or > 0xDFFF)
            .GroupBy(c => CharUnicodeInfo.GetUnicodeCategory(c)).Select(g => char.ConvertFromUtf32(g.First()))
            .Append("\uD800").Append("\uFFFE").ToList();
        samples.Count.ShouldBe(Enum.GetValues<UnicodeCategory>().Length - 1 + 2); // every category but Surrogate, then the two
        foreach (var sample in samples)
        {
            var errors = new ValidationErrors();
            var text = $"a{sample}b";
            FreeText.Read(text, "notes", 200, errors);
            SearchText.Fold(text).ShouldNotBeNull();
            var refused = char.IsControl(sample[0]) || sample is "\uD800" or "\uFFFE";
            errors.IsEmpty.ShouldBe(!refused, string.Join(' ', sample.Select(c => $"U+{(int)c:X4}")));
            if (refused) errors.ToDictionary().Keys.ShouldBe(["notes"]);
        }
    }

    [Theory]
    [InlineData("es", true)]
    [InlineData(" DE ", true)]
    [InlineData("XX", false)]
    [InlineData("ESP", false)]
    public void Countries_are_ISO_alpha2(string raw, bool valid) => CountryCode.TryNormalise(raw, out _).ShouldBe(valid);
}
