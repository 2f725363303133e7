namespace Blueindic.Api.Receivables;

public sealed record LevelSummaries(LevelSummary Green, LevelSummary Orange, LevelSummary Red);
