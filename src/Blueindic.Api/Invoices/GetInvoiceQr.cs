using Blueindic.Projections.Invoices;
using QRCoder;

namespace Blueindic.Api.Invoices;

public static class GetInvoiceQrEndpoint
{
    /// <summary>The VERI*FACTU QR code to print on the invoice, as SVG (its URL is <c>verifactu.qrUrl</c>).</summary>
    /// <remarks>Error correction level M, as the regulation asks; a quiet zone of four modules is included.</remarks>
    [WolverineGet("/api/invoices/{id}/qr.svg"), Tags("Invoices")]
    [Produces("image/svg+xml")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "image/svg+xml")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var view = await session.LoadAsync<InvoiceView>(id, ct);
        if (view is null) return Problems.NotFound("invoice");
        using var code = VerifactuQr.Code(VerifactuQr.Url(view.Issued));
        return Results.Text(new SvgQRCode(code).GetGraphic(4), "image/svg+xml");
    }
}
