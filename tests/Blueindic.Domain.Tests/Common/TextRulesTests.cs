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
    public void Emails_are_checked_and_their_domain_lower_cased(string raw, bool valid, string? normalised)
    {
        Email.TryNormalise(raw, out var email).ShouldBe(valid);
        if (valid) email.ShouldBe(normalised);
    }

    [Theory]
    [InlineData("es", true)]
    [InlineData(" DE ", true)]
    [InlineData("XX", false)]
    [InlineData("ESP", false)]
    public void Countries_are_ISO_alpha2(string raw, bool valid) => CountryCode.TryNormalise(raw, out _).ShouldBe(valid);
}
