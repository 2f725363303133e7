namespace Blueindic.Domain.Invoices;

/// <summary>One line as the user gave it, already validated.</summary>
public sealed record LineInput(string Description, decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal VatRate);
