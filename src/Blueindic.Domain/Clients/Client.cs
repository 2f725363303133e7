namespace Blueindic.Domain.Clients;

/// <summary>The write model of a client: just what its decisions need.</summary>
public sealed record Client(Guid Id, ClientDetails Details, bool Archived)
{
    public static Client Create(ClientRegistered e) => new(e.ClientId, e.Details, false);
    public Client Apply(ClientDetailsChanged e) => this with { Details = Details.Apply(e) };
    public Client Apply(ClientArchived _) => this with { Archived = true };
    public Client Apply(ClientRestored _) => this with { Archived = false };
}

/// <summary>Pure decisions: state + command → events, or a domain error.</summary>
public static class ClientDecisions
{
    public static ClientRegistered Register(Guid clientId, ClientDetails details, DateTimeOffset now) =>
        new(clientId, details, now);

    /// <returns>The change, or null when the new details equal the current ones.</returns>
    public static ClientDetailsChanged? ChangeDetails(Client client, ClientDetails details)
    {
        if (client.Archived) throw new Common.DomainConflictException("The client is archived; restore it before editing.");
        return client.Details.Diff(client.Id, details);
    }

    public static ClientArchived Archive(Client client, DateTimeOffset now) =>
        client.Archived
            ? throw new Common.DomainConflictException("The client is already archived.")
            : new ClientArchived(client.Id, now);

    public static ClientRestored Restore(Client client, DateTimeOffset now) =>
        !client.Archived
            ? throw new Common.DomainConflictException("The client is not archived.")
            : new ClientRestored(client.Id, now);
}
