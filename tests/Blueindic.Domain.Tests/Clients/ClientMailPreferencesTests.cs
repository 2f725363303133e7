using System.Text.Json;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Clients;

public sealed class ClientMailPreferencesTests
{
    private static readonly Guid Id = Guid.NewGuid();

    [Theory]
    [InlineData(null, null, "es", true)]
    [InlineData("es", true, "es", true)]
    [InlineData("en", false, "en", false)]
    [InlineData("en", null, "en", true)]
    public void Language_and_reminders_default_to_Spanish_and_on(string? language, bool? reminders, string expectedLanguage, bool expectedReminders)
    {
        var d = ClientDetailsInput.Validated(new ClientDetailsInput("Acme", Language: language, Reminders: reminders));
        (d.Language, d.Reminders).ShouldBe((expectedLanguage, expectedReminders));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ES")]
    [InlineData(" en")]
    [InlineData("")]
    public void Another_language_is_a_field_error(string language) =>
        Should.Throw<DomainValidationException>(() => ClientDetailsInput.Validated(new ClientDetailsInput("Acme", Language: language)))
            .Errors.Keys.ShouldBe(["language"]);

    [Fact]
    public void A_change_records_only_them_and_applies_back()
    {
        var before = ClientDetailsInput.Validated(new ClientDetailsInput("Acme"));
        var after = before with { Language = ClientLanguage.English, Reminders = false };
        var change = before.Diff(Id, after).ShouldNotBeNull();
        (change.Language, change.Reminders, change.Name).ShouldBe(("en", (bool?)false, (string?)null));
        change.Cleared.ShouldBeEmpty();
        before.Apply(change).ShouldBe(after);
        after.Diff(Id, after).ShouldBeNull();
        // A change stored before these fields existed names neither: both stay.
        after.Apply(new ClientDetailsChanged(Id, "Acme SL", null, null, null, null, null, null, null, null, null)).ShouldBe(after with { Name = "Acme SL" });
    }

    [Fact]
    public void Details_and_registrations_stored_without_them_read_as_the_defaults()
    {
        var details = JsonSerializer.Deserialize<ClientDetails>("""
            {"Name":"Sol","LegalName":null,"TaxId":null,"Email":null,"Phone":null,
             "Address":{"Line1":null,"City":null,"PostalCode":null,"Province":null,"Country":"ES"},
             "PaymentTermsDays":30,"EquivalenceSurcharge":false,"Notes":null}
            """)!;
        (details.Language, details.Reminders).ShouldBe(("es", true));
        var data = JsonSerializer.Deserialize<ClientRegistered.ClientData>("""
            {"Name":"Sol","Address":{"Country":"ES"},"PaymentTermsDays":30,"EquivalenceSurcharge":false}
            """)!;
        (data.Language, data.Reminders).ShouldBe(("es", true));
    }
}
