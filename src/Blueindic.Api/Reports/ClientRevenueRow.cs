namespace Blueindic.Api.Reports;

/// <param name="Net">Taxable base (facturación) of the year.</param>
/// <param name="Total">With taxes, after withholding.</param>
/// <param name="Share">Percent of the year's net.</param>
/// <param name="ChangePercent">Null when the client had no net in the compared year.</param>
public sealed record ClientRevenueRow(Guid ClientId, string ClientName, decimal Net, decimal Total, int InvoiceCount, decimal Share,
    decimal PreviousNet, decimal ChangeAmount, decimal? ChangePercent);
