namespace Blueindic.Api.Reports;

/// <param name="SeasonalityIndex">The month's net ÷ the year's average monthly net (1 = an average month).</param>
public sealed record MonthSales(int Month, decimal Net, decimal Total, int InvoiceCount, decimal PreviousNet, decimal ChangeAmount,
    decimal? ChangePercent, decimal? SeasonalityIndex);
