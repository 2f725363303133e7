using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Blueindic.Api.Facturae;
using Blueindic.Api.Settings;
using Microsoft.AspNetCore.DataProtection;
using Blueindic.Domain.Invoices;
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
    /// <remarks>
    /// 409 when a party lacks what the file must carry: a tax id, an address, a Spanish postal code; and
    /// for an annulled invoice.
    /// With <c>signed=true</c>, the file is signed XAdES-EPES (Facturae signing policy 3.1, enveloped) with
    /// the business's certificate (PUT /api/settings/certificate) at the time of the request, named .xsig;
    /// 409 when the business has no certificate or it is not valid now.
    /// </remarks>
    /// <param name="signed">true: signed XAdES-EPES with the business's certificate (a .xsig file).</param>
    [WolverineGet("/api/invoices/{id}/facturae"), Tags("Invoices")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, FacturaeXml.MediaType)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpResponse response, IDataProtectionProvider protection,
        TimeProvider time, CancellationToken ct, bool? signed = null)
    {
        var view = await session.LoadAsync<InvoiceView>(id, ct);
        if (view is null) return Problems.NotFound("invoice");
        // Annulled: issued by mistake and taken out of the record; no administration should receive it.
        if (view.Status == InvoiceStatus.Annulled) return Problems.Conflict("The invoice is annulled.");
        if (FacturaeXml.Gap(view.Issued) is { } gap) return Problems.Conflict(gap);

        // The DIR3 codes route the file to the administration's units: read as the client has them now,
        // so codes added after issuing reach the file without correcting the invoice.
        var client = await session.LoadAsync<ClientView>(view.ClientId, ct);
        DateOnly? corrected = null;
        if (view.Issued.Corrects is { } c)
        {
            // Always there: a rectificativa is issued against an invoice of the same business, never deleted.
            corrected = (await session.LoadAsync<InvoiceView>(c.InvoiceId, ct))?.IssueDate;
            if (corrected is null) return Problems.Conflict($"The invoice this one corrects ({c.Number}) cannot be found.");
        }
        var document = FacturaeXml.Build(view.Issued, corrected, client?.Details.Dir3);

        var bytes = FacturaeXml.Bytes(document);
        var fileName = FacturaeXml.FileName(view.Number);
        if (signed == true)
        {
            var (signedBytes, refusal) = await SignAsync(bytes, session, protection, time.GetUtcNow(), ct);
            if (refusal is not null) return refusal;
            (bytes, fileName) = (signedBytes!, Path.ChangeExtension(fileName, ".xsig"));
        }

        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return Results.Bytes(bytes, FacturaeXml.MediaType);
    }

    /// <summary>The file signed with the business's certificate at <paramref name="now"/>, or the 409 that says why not.</summary>
    private static async Task<(byte[]? Signed, IResult? Refusal)> SignAsync(byte[] unsignedBytes, IQuerySession session,
        IDataProtectionProvider protection, DateTimeOffset now, CancellationToken ct)
    {
        X509Certificate2? certificate;
        try
        {
            certificate = await BusinessCertificate.LoadAsync(session, protection, ct);
        }
        catch (CryptographicException)
        {
            // Its Data Protection key is gone: a database restored without its key ring, or another key certificate.
            return (null, Problems.Conflict("The business's signing certificate can no longer be decrypted here: install it again."));
        }
        using (certificate)
        {
            if (certificate is null)
                return (null, Problems.Conflict("This business has no signing certificate: install one (PUT /api/settings/certificate) to sign Facturae files."));
            var (from, to) = (certificate.NotBefore.ToUniversalTime(), certificate.NotAfter.ToUniversalTime());
            if (now < from || now > to)
                return (null, Problems.Conflict($"The business's signing certificate is valid from {from:yyyy-MM-dd HH:mm} to {to:yyyy-MM-dd HH:mm} UTC, "
                                                + "not now: install a valid one."));
            var unsigned = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
            unsigned.Load(new MemoryStream(unsignedBytes));
            return (FacturaeSignature.Bytes(FacturaeSignature.Sign(unsigned, certificate, now)), null);
        }
    }
}
