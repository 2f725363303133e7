namespace Blueindic.Api.Receivables;

public sealed record LevelSummary(int Count, decimal Amount);
