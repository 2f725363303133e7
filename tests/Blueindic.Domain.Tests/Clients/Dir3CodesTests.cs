using System.Text.Json;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Clients;

public sealed class Dir3CodesTests
{
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly Dir3Codes TownHall = new("LA0002345", "L01280053", "LA0002346");

    private static ClientDetails Details(Dir3Input? dir3) => ClientDetailsInput.Validated(new ClientDetailsInput("Ayuntamiento", Dir3: dir3));

    [Theory]
    [InlineData("L01281487", "E04921501", "GE0000549")]
    [InlineData(" l01281487 ", "e0492 1501", "ge0000549")]
    public void Three_codes_of_nine_letters_or_digits_are_kept_upper_case_without_spaces(string office, string body, string unit) =>
        Details(new Dir3Input(office, body, unit)).Dir3.ShouldBe(new Dir3Codes("L01281487", "E04921501", "GE0000549"));

    [Fact]
    public void None_or_blank_codes_are_no_DIR3()
    {
        Details(null).Dir3.ShouldBeNull();
        Details(new Dir3Input()).Dir3.ShouldBeNull();
        Details(new Dir3Input(" ", "", null)).Dir3.ShouldBeNull();
    }

    [Theory]
    [InlineData("L0128148", "dir3.accountingOffice")]
    [InlineData("L012814870", "dir3.accountingOffice")]
    [InlineData("L01-28148", "dir3.accountingOffice")]
    [InlineData("L0128148Ñ", "dir3.accountingOffice")]
    public void A_code_not_of_nine_letters_or_digits_is_an_error_on_its_field(string office, string field) =>
        Should.Throw<DomainValidationException>(() => Details(new Dir3Input(office, "E04921501", "GE0000549")))
            .Errors.Keys.ShouldBe([field]);

    [Fact]
    public void Some_codes_without_the_others_are_an_error_on_each_missing_one()
    {
        Should.Throw<DomainValidationException>(() => Details(new Dir3Input("L01281487")))
            .Errors.Keys.ShouldBe(["dir3.managementBody", "dir3.processingUnit"], ignoreOrder: true);
        Should.Throw<DomainValidationException>(() => Details(new Dir3Input(null, "bad", "GE0000549")))
            .Errors.Keys.ShouldBe(["dir3.accountingOffice", "dir3.managementBody"], ignoreOrder: true);
    }

    [Fact]
    public void A_change_records_the_codes_whole_and_their_removal_by_name()
    {
        var before = Details(null);
        var with = before with { Dir3 = TownHall };
        var added = before.Diff(Id, with).ShouldNotBeNull();
        (added.Dir3, added.Name).ShouldBe((TownHall, null));
        added.Cleared.ShouldBeEmpty();
        before.Apply(added).ShouldBe(with);
        with.Diff(Id, with).ShouldBeNull();

        var removed = with.Diff(Id, before).ShouldNotBeNull();
        removed.Dir3.ShouldBeNull();
        removed.Cleared.ShouldBe([ClientDetailsChanged.Fields.Dir3]);
        with.Apply(removed).ShouldBe(before);

        // A change stored before DIR3 codes existed names none: the codes stay.
        with.Apply(new ClientDetailsChanged(Id, "Ayto.", null, null, null, null, null, null, null, null, null)).Dir3.ShouldBe(TownHall);
    }

    [Fact]
    public void Registrations_stored_without_them_have_none()
    {
        var data = JsonSerializer.Deserialize<ClientRegistered.ClientData>("""
            {"Name":"Sol","Address":{"Country":"ES"},"PaymentTermsDays":30,"EquivalenceSurcharge":false}
            """)!;
        data.Dir3.ShouldBeNull();
        var registered = ClientRegistered.Of(Id, Details(new Dir3Input("L01281487", "E04921501", "GE0000549")), DateTimeOffset.UnixEpoch);
        registered.ToDetails().Dir3.ShouldBe(new Dir3Codes("L01281487", "E04921501", "GE0000549"));
    }
}
