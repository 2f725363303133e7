namespace Blueindic.Api.Reports;

/// <param name="Total">The year's operations with VAT (and surcharge), corrective invoices with their sign.</param>
/// <param name="Quarters">The same by quarter of issue date: Q1 to Q4.</param>
public sealed record Modelo347Row(Guid ClientId, string ClientName, string? TaxId, decimal Total, IReadOnlyList<decimal> Quarters);
