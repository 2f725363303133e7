namespace Blueindic.Api.Invoices;

public sealed record CorrectsResponse(Guid InvoiceId, string Number, string Reason, bool Cancels);
