namespace Blueindic.Api.Reports;

public sealed record Modelo347Report(int Year, decimal Threshold, IReadOnlyList<Modelo347Row> Data);
