using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

namespace Blueindic.Api.Invoices;

public static class ReversePaymentEndpoint
{
    /// <summary>Undo a mistaken payment by a new fact; its amount is due again.</summary>
    [WolverinePost("/api/invoices/{id}/payments/{paymentId}/reverse"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static Task<IResult> Post(Guid id, Guid paymentId, ReasonInput? input, IDocumentSession session, TimeProvider clock, HttpRequest request, CancellationToken ct)
    {
        if (ReasonInput.Check(input, out var reason) is { } refused) return Task.FromResult(refused);
        var today = SpanishTime.Today(clock.GetUtcNow());
        return InvoiceResponse.Command(id, session, request, today,
            invoice => InvoiceDecisions.ReversePayment(invoice, paymentId, reason, today), ct);
    }
}
