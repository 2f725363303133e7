namespace Blueindic.Api.Invoices;

/// <summary>The invoice's mail, committed for sending.</summary>
/// <param name="Delivery"><c>smtp</c>: handed to the mail relay; <c>pickupDirectory</c>: no relay is configured, the mail is only written to the server's outbox folder and reaches no one.</param>
public sealed record InvoiceSendResponse(Guid InvoiceId, string MessageId, IReadOnlyList<string> To, IReadOnlyList<string> Cc, DateTimeOffset At, string Delivery);
