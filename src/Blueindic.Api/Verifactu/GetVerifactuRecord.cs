using System.Xml.Linq;
using Blueindic.Api.Http;
using Blueindic.Api.OpenApi;
using Blueindic.Projections.Invoices;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Blueindic.Api.Verifactu;

public static class GetVerifactuRecordEndpoint
{
    public const string XmlMediaType = "application/xml";

    /// <summary>One VERI*FACTU record by its chain position: as in the list, or as the AEAT's XML.</summary>
    /// <remarks>
    /// With <c>Accept: application/xml</c> (preferred over JSON) the answer is the record's
    /// <c>sf:RegistroAlta</c> or <c>sf:RegistroAnulacion</c> element of SuministroInformacion.xsd, whose
    /// Huella is the chain's and whose amounts are the texts hashed. Any other Accept gets JSON.
    /// </remarks>
    [WolverineGet("/api/verifactu/records/{position}"), Tags("VERI*FACTU")]
    [ProducesResponseType<VerifactuRecordResponse>(StatusCodes.Status200OK, "application/json")]
    [AlsoAnswers(XmlMediaType, "The record's sf:RegistroAlta or sf:RegistroAnulacion element (SuministroInformacion.xsd, AEAT).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    public static async Task<IResult> Get(long position, IQuerySession session, IOptions<BlueindicOptions> options, HttpContext http,
        CancellationToken ct)
    {
        var record = await session.Query<VerifactuRecordView>().FirstOrDefaultAsync(x => x.Position == position, ct);
        if (record is null) return Problems.NotFound("VERI*FACTU record");
        http.Response.Headers.Vary = HeaderNames.Accept;
        if (!PrefersXml(AcceptDisregarded.Original(http))) return Results.Ok(VerifactuRecordResponse.From(record));

        var source = (await VerifactuRecordSource.LoadAsync(session, [record], ct))[0];
        var issuer = source.Invoice?.Issuer;
        var software = VerifactuSoftware.For(options.Value.Verifactu, issuer?.LegalName ?? issuer?.Name ?? record.IssuerTaxId, record.IssuerTaxId);
        var xml = new XDocument(new XDeclaration("1.0", "UTF-8", null), VerifactuXml.Record(source, software));
        return Results.Text(xml.Declaration + "\n" + xml.Root, XmlMediaType, System.Text.Encoding.UTF8);
    }

    /// <summary>
    /// XML when the client weighs an XML type above application/json and at least as high as a wildcard
    /// (a named type beats a range); JSON otherwise: ties with JSON, nonsense, no Accept at all.
    /// </summary>
    public static bool PrefersXml(string accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var types)) return false;
        double Best(Func<string, bool> matches) => types.Where(t => matches(t.MediaType.Value ?? "")).Select(t => t.Quality ?? 1).DefaultIfEmpty(0).Max();
        var xml = Best(m => m is "application/xml" or "text/xml");
        var json = Best(m => m is "application/json");
        var any = Best(m => m is "application/*" or "*/*");
        return xml > 0 && xml > json && xml >= any;
    }
}
