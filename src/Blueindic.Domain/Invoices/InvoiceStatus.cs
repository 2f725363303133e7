namespace Blueindic.Domain.Invoices;

/// <summary>Annulled: issued by mistake and taken out of the VERI*FACTU chain's count by a registro de anulación.</summary>
public enum InvoiceStatus { Issued, PartiallyPaid, Paid, Uncollectible, Cancelled, Annulled }
