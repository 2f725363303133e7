namespace Blueindic.Domain.Clients.Imports;

/// <summary>A header cell the import does not use, and why.</summary>
public sealed record IgnoredColumn(string Column, string Reason);
