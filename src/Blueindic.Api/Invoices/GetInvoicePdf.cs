using Blueindic.Api.Invoices.Pdf;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class GetInvoicePdfEndpoint
{
    /// <summary>
    /// The invoice as a PDF document (A4, in Spanish): every item RD 1619/2012 art. 6 asks, its
    /// VERI*FACTU QR with the legend, page numbers, text that can be searched and copied.
    /// </summary>
    [WolverineGet("/api/invoices/{id}/pdf"), Tags("Invoices")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, InvoicePdf.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, Problems.Json)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        if (!PdfFonts.Ready()) return PdfFonts.Unavailable();
        var view = await session.LoadAsync<InvoiceView>(id, ct);
        if (view is null) return Problems.NotFound("invoice");
        var pdf = InvoicePdf.Render(await InvoiceDocuments.OfAsync(session, view, ct));
        response.Headers.ContentDisposition = $"inline; filename=\"{InvoicePdf.FileName(view.Number)}\"";
        return Results.Bytes(pdf, InvoicePdf.MediaType);
    }
}
