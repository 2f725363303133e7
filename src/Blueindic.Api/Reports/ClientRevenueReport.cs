namespace Blueindic.Api.Reports;

public sealed record ClientRevenueReport(int Year, int CompareYear, decimal TotalNet, IReadOnlyList<ClientRevenueRow> Data);
