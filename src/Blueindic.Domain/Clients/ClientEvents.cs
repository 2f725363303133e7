namespace Blueindic.Domain.Clients;

public sealed record ClientRegistered(Guid ClientId, ClientDetails Details, DateTimeOffset RegisteredAt);

/// <summary>Only what changed: a null field is unchanged, unless named in <see cref="Cleared"/>.</summary>
public sealed record ClientDetailsChanged(
    Guid ClientId,
    string? Name,
    string? LegalName,
    string? TaxId,
    string? Email,
    string? Phone,
    Address? Address,
    int? PaymentTermsDays,
    bool? EquivalenceSurcharge,
    string? Notes,
    IReadOnlyList<string>? Cleared);

public sealed record ClientArchived(Guid ClientId, DateTimeOffset ArchivedAt);

public sealed record ClientRestored(Guid ClientId, DateTimeOffset RestoredAt);
