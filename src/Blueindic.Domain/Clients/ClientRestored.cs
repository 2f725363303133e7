namespace Blueindic.Domain.Clients;

public sealed record ClientRestored(Guid ClientId, DateTimeOffset RestoredAt);
