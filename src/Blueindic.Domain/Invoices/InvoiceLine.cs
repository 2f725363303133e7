namespace Blueindic.Domain.Invoices;

public sealed record InvoiceLine(string Description, decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal VatRate, decimal Net);
