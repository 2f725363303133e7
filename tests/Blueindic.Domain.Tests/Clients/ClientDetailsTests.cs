using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Clients;

public sealed class ClientDetailsTests
{
    private static ClientDetails Valid(ClientDetailsInput input)
    {
        var errors = new ValidationErrors();
        var details = input.ToDetails(errors);
        errors.ToDictionary().ShouldBeEmpty();
        return details!;
    }

    [Fact]
    public void Input_is_trimmed_normalised_and_defaulted()
    {
        var details = Valid(new ClientDetailsInput("  Café Ñandú ", TaxId: "es-b64717838", Email: " Hola@CafeNandu.ES", Notes: "   "));
        details.Name.ShouldBe("Café Ñandú");
        details.TaxId.ShouldBe("B64717838");
        details.Email.ShouldBe("Hola@cafenandu.es");
        details.Notes.ShouldBeNull();
        details.PaymentTermsDays.ShouldBe(30);
        details.EquivalenceSurcharge.ShouldBeFalse();
        details.Address.ShouldBe(Address.Empty);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var errors = new ValidationErrors();
        new ClientDetailsInput(" ", TaxId: "123", Email: "x", PaymentTermsDays: 400,
            Address: new AddressInput(PostalCode: "00100", Country: "ZZ")).ToDetails(errors).ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["name", "taxId", "email", "address.country", "paymentTermsDays"], ignoreOrder: true);
    }

    [Fact]
    public void A_Spanish_postal_code_is_checked_only_for_Spain()
    {
        var errors = new ValidationErrors();
        new ClientDetailsInput("x", Address: new AddressInput(PostalCode: "60000")).ToDetails(errors).ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["address.postalCode"]);
        Valid(new ClientDetailsInput("x", Address: new AddressInput(PostalCode: "75001", Country: "FR"))).Address.PostalCode.ShouldBe("75001");
    }

    [Fact]
    public void The_change_names_only_what_differs_and_clears_emptied_fields()
    {
        var before = Valid(new ClientDetailsInput("Talleres Ibáñez", Email: "a@b.es", Phone: "912345678"));
        var after = before with { Name = "Talleres Ibáñez S.A.", Email = null, PaymentTermsDays = 60 };
        var id = Guid.NewGuid();

        var change = before.Diff(id, after).ShouldNotBeNull();
        change.Name.ShouldBe("Talleres Ibáñez S.A.");
        change.PaymentTermsDays.ShouldBe(60);
        change.Phone.ShouldBeNull();
        change.Address.ShouldBeNull();
        change.Cleared.ShouldBe(["Email"]);
        before.Apply(change).ShouldBe(after);
        before.Diff(id, before).ShouldBeNull();
    }

    [Fact]
    public void An_address_change_carries_the_whole_new_address()
    {
        var before = Valid(new ClientDetailsInput("x", Address: new AddressInput("Calle A 1", "Madrid", "28001")));
        var after = before with { Address = before.Address with { City = "Alcalá" } };
        before.Diff(Guid.NewGuid(), after)!.Address!.ToAddress().ShouldBe(after.Address);
    }
}
