using Blueindic.Domain.Business;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Business;

public sealed class BusinessProfileTests
{
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly BusinessDetails Registered = BusinessDetails.Registered("Estudio Nogal", Address.Empty);

    [Fact]
    public void Input_is_normalised_and_defaults_apply()
    {
        var d = BusinessProfileInput.Validated(new BusinessProfileInput(" Nogal ", Iban: "es91 2100 0418 4502 0005 1332",
            Email: "Hola@NOGAL.example", Website: "www.nogal.es", Address: new AddressInput("Calle Mayor 1", "Madrid", "28013")));
        d.ShouldBe(new BusinessDetails("Nogal", null, new Address("Calle Mayor 1", "Madrid", "28013", null, "ES"), "Hola@nogal.example", null,
            "ES9121000418450200051332", "https://www.nogal.es", 30, "F"));
    }

    [Fact]
    public void Every_field_error_at_once()
    {
        var e = Should.Throw<DomainValidationException>(() => BusinessProfileInput.Validated(new BusinessProfileInput(
            "", Iban: "ES91 2100 0418 4502 0005 1333", Email: "no", Phone: "12", Website: "javascript:alert(1)",
            DefaultPaymentTermsDays: 400, DefaultSeries: "R", Address: new AddressInput(PostalCode: "99999"))));
        e.Errors.ToDictionary().Keys.ShouldBe(["tradeName", "address.line1", "address.city", "address.postalCode", "email", "phone", "iban", "website",
            "defaultPaymentTermsDays", "defaultSeries"], ignoreOrder: true);
        // Invoices print it: no address at all is refused too.
        Should.Throw<DomainValidationException>(() => BusinessProfileInput.Validated(new BusinessProfileInput("Nogal")))
            .Errors.ToDictionary().Keys.ShouldBe(["address"]);
    }

    [Fact]
    public void The_profile_as_registered_or_as_last_edited_records_nothing()
    {
        BusinessSettings.Change(Id, null, Registered, Registered).ShouldBeNull();
        var edited = Registered with { TradeName = "Nogal" };
        var changed = BusinessSettings.Change(Id, null, Registered, edited).ShouldNotBeNull();
        changed.ToDetails().ShouldBe(edited);
        BusinessSettings.Change(Id, BusinessSettings.Create(changed), Registered, edited).ShouldBeNull();
        // Back to what it registered with is an edit too, once it was edited.
        BusinessSettings.Change(Id, BusinessSettings.Create(changed), Registered, Registered).ShouldNotBeNull();
    }

    [Fact]
    public void A_logo_is_not_known_by_its_first_bytes_alone_and_is_kept_by_its_hash()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0];
        // The first bytes of an image are not one: the whole structure is walked (see the Api's logo tests).
        LogoImage.MediaTypeOf(png).ShouldBeNull();
        LogoImage.MediaTypeOf([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]).ShouldBeNull();
        LogoImage.MediaTypeOf("GIF89a............"u8).ShouldBeNull();
        LogoImage.MediaTypeOf(png[..8]).ShouldBeNull();
        // SHA-256 of "abc" (FIPS 180-2's example).
        LogoImage.Reference("abc"u8, LogoImage.Png).Sha256.ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

        var logo = LogoImage.Reference(png, LogoImage.Png);
        var set = BusinessSettings.SetLogo(Id, null, logo).ShouldNotBeNull();
        var state = BusinessSettings.Create(set);
        BusinessSettings.SetLogo(Id, state, logo).ShouldBeNull();
        BusinessSettings.RemoveLogo(Id, state).ShouldNotBeNull();
        BusinessSettings.RemoveLogo(Id, state.Apply(new BusinessLogoRemoved(Id))).ShouldBeNull();
    }
}
