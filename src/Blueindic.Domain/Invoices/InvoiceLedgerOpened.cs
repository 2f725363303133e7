namespace Blueindic.Domain.Invoices;

public sealed record InvoiceLedgerOpened(Guid LedgerId);
