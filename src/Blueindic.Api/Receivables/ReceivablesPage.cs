namespace Blueindic.Api.Receivables;

public sealed record ReceivablesPage(IReadOnlyList<ReceivableResponse> Data, ReceivablesSummary Summary, int AlertWindowDays, DateOnly AsOf, string? NextCursor);
