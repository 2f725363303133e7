using Blueindic.Api.Facturae;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class GetInvoiceFacturaeEndpoint
{
    /// <summary>
    /// The invoice as a Facturae 3.2.2 file (unsigned), valid against the official schema: the format
    /// FACe takes for invoices to Spanish public administrations (Ley 25/2013). A client with DIR3 codes
    /// gets its three administrative centres (roles 01, 02, 03).
    /// </summary>
    /// <remarks>409 when a party lacks what the file must carry: a tax id, an address, a Spanish postal code.</remarks>
    [WolverineGet("/api/invoices/{id}/facturae"), Tags("Invoices")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, FacturaeXml.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var view = await session.LoadAsync<InvoiceView>(id, ct);
        if (view is null) return Problems.NotFound("invoice");
        if (FacturaeXml.Gap(view.Issued) is { } gap) return Problems.Conflict(gap);

        // The DIR3 codes route the file to the administration's units: read as the client has them now,
        // so codes added after issuing reach the file without correcting the invoice.
        var client = await session.LoadAsync<ClientView>(view.ClientId, ct);
        var corrected = view.Issued.Corrects is { } c ? (await session.LoadAsync<InvoiceView>(c.InvoiceId, ct))?.IssueDate : null;
        var document = FacturaeXml.Build(view.Issued, corrected, client?.Details.Dir3);

        response.Headers.ContentDisposition = $"attachment; filename=\"{FacturaeXml.FileName(view.Number)}\"";
        return Results.Bytes(FacturaeXml.Bytes(document), FacturaeXml.MediaType);
    }
}
