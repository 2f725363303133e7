namespace Blueindic.Domain.Clients.Imports;

/// <summary>What one row decided: the event to append (for created and updated rows) or the row's errors.</summary>
public sealed record RowDecision(RowOutcome Outcome, Guid ClientId, object? Event, IReadOnlyList<ImportRowError> Errors);
