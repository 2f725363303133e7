namespace Blueindic.Domain.Invoices;

public enum InvoiceStatus { Issued, PartiallyPaid, Paid, Uncollectible, Cancelled }
