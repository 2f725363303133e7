namespace Blueindic.Domain.Invoices;

/// <summary>
/// A mail about this invoice (the invoice itself or a reminder, named by its <paramref name="MessageId"/>)
/// could not be delivered: the relay refused it, or kept failing until the retries ran out.
/// </summary>
public sealed record InvoiceSendFailed(Guid InvoiceId, string MessageId, IReadOnlyList<string> To, string Reason, int Attempts, DateTimeOffset At);
