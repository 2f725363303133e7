using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Clients;

public sealed class ClientDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly ClientDetails Details = new("Bodegas Luna", null, null, null, null, Address.Empty, 30, false, null);

    private static Client Registered() => Client.Create(ClientDecisions.Register(Guid.NewGuid(), Details, Now));

    [Fact]
    public void Archiving_and_restoring_toggle_and_refuse_to_repeat()
    {
        var client = Registered();
        var archived = client.Apply(ClientDecisions.Archive(client, Now));
        archived.Archived.ShouldBeTrue();
        Should.Throw<DomainConflictException>(() => ClientDecisions.Archive(archived, Now));
        Should.Throw<DomainConflictException>(() => ClientDecisions.Restore(client, Now));
        archived.Apply(ClientDecisions.Restore(archived, Now)).Archived.ShouldBeFalse();
    }

    [Fact]
    public void An_archived_client_cannot_be_edited()
    {
        var client = Registered();
        var archived = client.Apply(ClientDecisions.Archive(client, Now));
        Should.Throw<DomainConflictException>(() => ClientDecisions.ChangeDetails(archived, Details with { Name = "Otro" }));
    }

    [Fact]
    public void Editing_with_the_same_details_decides_nothing()
    {
        var client = Registered();
        ClientDecisions.ChangeDetails(client, Details).ShouldBeNull();
        client.Apply(ClientDecisions.ChangeDetails(client, Details with { Notes = "VIP" })!).Details.Notes.ShouldBe("VIP");
    }

    [Fact]
    public void Two_clients_never_share_a_tax_id()
    {
        var id = Guid.NewGuid();
        var withTaxId = Details with { TaxId = "B64717838" };
        var other = Guid.NewGuid();

        Should.Throw<DomainConflictException>(() => ClientDecisions.Register(id, withTaxId, Now, taxIdHolder: other)).Message.ShouldContain(other.ToString());
        ClientDecisions.Register(id, withTaxId, Now, taxIdHolder: null).ClientId.ShouldBe(id);
        var client = Client.Create(ClientDecisions.Register(id, withTaxId, Now));
        // The client itself holding it is no conflict: an edit that keeps the tax id.
        ClientDecisions.ChangeDetails(client, withTaxId with { Notes = "x" }, taxIdHolder: id).ShouldNotBeNull();
        Should.Throw<DomainConflictException>(() => ClientDecisions.ChangeDetails(client, withTaxId with { Notes = "x" }, taxIdHolder: other));
    }
}
