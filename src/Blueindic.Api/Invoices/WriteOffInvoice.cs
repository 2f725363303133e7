using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

namespace Blueindic.Api.Invoices;

public static class WriteOffInvoiceEndpoint
{
    /// <summary>Write off what is still due as uncollectible (incobrable); a later payment recovers it.</summary>
    [WolverinePost("/api/invoices/{id}/uncollectible"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static Task<IResult> Post(Guid id, ReasonInput? input, IDocumentSession session, TimeProvider clock, HttpRequest request, CancellationToken ct)
    {
        if (ReasonInput.Check(input, out var reason) is { } refused) return Task.FromResult(refused);
        var today = SpanishTime.Today(clock.GetUtcNow());
        return InvoiceResponse.Command(id, session, request, today, invoice => InvoiceDecisions.WriteOff(invoice, reason, today), ct);
    }
}
