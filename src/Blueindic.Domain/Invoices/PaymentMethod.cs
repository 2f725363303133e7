namespace Blueindic.Domain.Invoices;

/// <summary>How a payment was made. Stored by name in <see cref="PaymentRecorded"/>: never rename a member.</summary>
public enum PaymentMethod { Transfer, Cash, Card, DirectDebit, Other }
