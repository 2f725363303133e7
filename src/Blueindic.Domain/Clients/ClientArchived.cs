namespace Blueindic.Domain.Clients;

public sealed record ClientArchived(Guid ClientId, DateTimeOffset ArchivedAt);
