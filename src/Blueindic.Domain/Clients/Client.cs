namespace Blueindic.Domain.Clients;

/// <summary>The write model of a client: just what its decisions need.</summary>
public sealed record Client(Guid Id, ClientDetails Details, bool Archived)
{
    public static Client Create(ClientRegistered e) => new(e.ClientId, e.ToDetails(), false);
    public Client Apply(ClientDetailsChanged e) => this with { Details = Details.Apply(e) };
    public Client Apply(ClientArchived _) => this with { Archived = true };
    public Client Apply(ClientRestored _) => this with { Archived = false };
}
