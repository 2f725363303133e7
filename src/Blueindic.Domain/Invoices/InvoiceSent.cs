namespace Blueindic.Domain.Invoices;

/// <summary>The invoice, as a PDF, was committed for sending by email (delivery follows from the outbox).</summary>
public sealed record InvoiceSent(Guid InvoiceId, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string MessageId, DateTimeOffset At);
