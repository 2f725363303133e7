using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients;

/// <summary>Pure decisions: state + command → events, or a domain error.</summary>
public static class ClientDecisions
{
    /// <param name="taxIdHolder">The client of this business that already has the tax id, if any: two never share one.</param>
    public static ClientRegistered Register(Guid clientId, ClientDetails details, DateTimeOffset now, Guid? taxIdHolder = null)
    {
        RefuseSharedTaxId(clientId, details, taxIdHolder);
        return ClientRegistered.Of(clientId, details, now);
    }

    /// <param name="taxIdHolder">The client of this business that already has the new tax id, if any.</param>
    /// <returns>The change, or null when the new details equal the current ones.</returns>
    public static ClientDetailsChanged? ChangeDetails(Client client, ClientDetails details, Guid? taxIdHolder = null)
    {
        if (client.Archived) throw new DomainConflictException("The client is archived; restore it before editing.");
        RefuseSharedTaxId(client.Id, details, taxIdHolder);
        return client.Details.Diff(client.Id, details);
    }

    private static void RefuseSharedTaxId(Guid clientId, ClientDetails details, Guid? holder)
    {
        if (holder is { } other && other != clientId)
            throw new DomainConflictException($"Tax id {details.TaxId} already belongs to client {other}.");
    }

    public static ClientArchived Archive(Client client, DateTimeOffset now) =>
        client.Archived
            ? throw new DomainConflictException("The client is already archived.")
            : new ClientArchived(client.Id, now);

    public static ClientRestored Restore(Client client, DateTimeOffset now) =>
        !client.Archived
            ? throw new DomainConflictException("The client is not archived.")
            : new ClientRestored(client.Id, now);
}
