namespace Blueindic.Domain.Invoices;

public sealed record TaxBreakdown(decimal VatRate, decimal Base, decimal Vat, decimal SurchargeRate, decimal Surcharge);
