namespace Blueindic.Domain.Invoices;

/// <summary>An invoice line as the user typed it.</summary>
/// <param name="Quantity">More than 0, up to 3 decimals (negative allowed only in corrections).</param>
/// <param name="UnitPrice">Before tax, up to 4 decimals.</param>
/// <param name="DiscountPercent">0–100, default 0.</param>
/// <param name="VatRate">IVA percent: 0, 4, 10 or 21.</param>
public sealed record InvoiceLineInput(string? Description, decimal? Quantity, decimal? UnitPrice, decimal? DiscountPercent, decimal? VatRate);
