using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Blueindic.Api.Verifactu;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Blueindic.Api.Verifactu.AeatNamespaces;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// A stand-in for the AEAT's VERI*FACTU SOAP service: real HTTPS on a loopback port that demands a client
/// certificate, checks every envelope's body against the official SuministroLR.xsd (a fault, as the AEAT
/// answers, when it does not hold) and answers in RespuestaSuministro.xsd's shape, itself checked against
/// that schema. What it answers per record, and the wait it asks for, each test sets.
/// </summary>
public sealed class FakeAeat
{
    /// <summary>One envelope received: the client certificate it came with, its records, and what the schema said.</summary>
    public sealed record Received(string? ClientCertificateSha256, string IssuerTaxId, IReadOnlyList<XElement> Records, IReadOnlyList<string> SchemaErrors,
        string? ContentType = null, string? SoapAction = null, XNamespace? EnvelopeNamespace = null);

    public delegate (string Status, int? Code, string? Description) Verdict(string number, string operation);

    private readonly ConcurrentQueue<Received> received = new();
    private event Action<Received>? Arrived;

    public string Url { get; }
    public string ServerCertificateSha256 { get; }
    public IReadOnlyCollection<Received> Envelopes => received;
    public int WaitSeconds { get; set; }
    public Verdict Judge { get; set; } = Accept;
    /// <summary>The next this many envelopes are answered with a SOAP fault (error 103) instead.</summary>
    public int Faults { get; set; }
    /// <summary>The next this many batches are taken (their records held) and the connection dropped before the answer.</summary>
    public int LostAnswers { get; set; }

    /// <summary>
    /// The records the AEAT holds, with the state it holds them in: by invoice and operation, as the AEAT
    /// keys them, and by client certificate, as the tests' businesses share a NIF and numbering.
    /// </summary>
    private readonly ConcurrentDictionary<(string?, string, string, string, string), string> held = new();

    /// <summary>The envelopes that came with this client certificate, in order.</summary>
    public IReadOnlyList<Received> From(string clientCertificateSha256) =>
        received.Where(r => r.ClientCertificateSha256 == clientCertificateSha256).ToList();

    /// <summary>The <paramref name="count"/>th envelope with this client certificate, once it has come (30 s at most).</summary>
    public async Task<Received> EnvelopeFromAsync(string clientCertificateSha256, int count)
    {
        var arrived = new TaskCompletionSource<Received>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(Received _)
        {
            if (From(clientCertificateSha256) is { } all && all.Count >= count) arrived.TrySetResult(all[count - 1]);
        }
        Arrived += Check;
        try
        {
            Check(null!);
            return await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally { Arrived -= Check; }
    }

    public static (string, int?, string?) Accept(string number, string operation) => ("Correcto", null, null);

    /// <summary>Back to accepting every record with no wait, and answering.</summary>
    public void Reset() => (WaitSeconds, Judge, Faults, LostAnswers) = (0, Accept, 0, 0);

    private FakeAeat(X509Certificate2 serverCertificate)
    {
        ServerCertificateSha256 = Convert.ToHexString(SHA256.HashData(serverCertificate.RawData));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(serverCertificate, https =>
        {
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            https.AllowAnyClientCertificate();
        })));
        var app = builder.Build();
        app.MapPost("/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP", (Func<HttpContext, Task<IResult>>)AnswerAsync);
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Url = $"{address.Replace("0.0.0.0", "127.0.0.1")}/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP";
    }

    public static FakeAeat Start() => new(TestCertificates.Server(TestCertificates.Authority("CN=Fake AEAT CA")));

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        var document = await XDocument.LoadAsync(context.Request.Body, LoadOptions.None, context.RequestAborted);
        var batch = document.Root?.Element(Soap + "Body")?.Element(SfLR + "RegFactuSistemaFacturacion");
        var errors = batch is null ? ["No RegFactuSistemaFacturacion in the SOAP body."] : VerifactuSchemas.Validate(batch);
        var client = context.Connection.ClientCertificate;
        var records = batch?.Elements(SfLR + "RegistroFactura").Select(r => r.Elements().Single()).ToList() ?? [];
        var cabecera = batch?.Element(SfLR + "Cabecera");
        var envelope = new Received(client is null ? null : Convert.ToHexString(SHA256.HashData(client.RawData)),
            cabecera?.Element(Sf + "ObligadoEmision")?.Element(Sf + "NIF")?.Value ?? "", records, errors,
            context.Request.ContentType, context.Request.Headers["SOAPAction"].ToString(), document.Root?.Name.Namespace);
        received.Enqueue(envelope);
        Arrived?.Invoke(envelope);
        if (errors.Count > 0) return SoapFault($"Codigo[4102].El XML no cumple el esquema. {string.Join(" ", errors)}");
        if (Faults > 0)
        {
            Faults--;
            return SoapFault("Codigo[103].Error interno en el servidor.");
        }

        var answer = Answer(envelope.ClientCertificateSha256, cabecera!, records);
        if (LostAnswers > 0)
        {
            LostAnswers--;
            context.Abort();
            return Results.Empty;
        }
        var schemaErrors = VerifactuSchemas.Validate(answer);
        if (schemaErrors.Count > 0) throw new InvalidOperationException("The fake's own answer breaks RespuestaSuministro.xsd: " + string.Join(" ", schemaErrors));
        return SoapAnswer(answer, 200);
    }

    private XElement Answer(string? sender, XElement cabecera, IReadOnlyList<XElement> records)
    {
        var lines = records.Select(r =>
        {
            var (issuer, number, date, operation) = IdOf(r);
            var before = held.TryGetValue((sender, issuer, number, date, operation), out var state) ? state : null;
            // As the AEAT does: a record it holds already is refused as a duplicate, naming the state it holds it in.
            var (status, code, description) = before is null ? Judge(number, operation) : ("Incorrecto", 3000, "Registro de facturación duplicado.");
            if (before is null && status != "Incorrecto") held[(sender, issuer, number, date, operation)] = status == "Correcto" ? "Correcta" : "AceptadaConErrores";
            return new XElement(SfR + "RespuestaLinea",
                new XElement(SfR + "IDFactura", new XElement(Sf + "IDEmisorFactura", issuer), new XElement(Sf + "NumSerieFactura", number),
                    new XElement(Sf + "FechaExpedicionFactura", date)),
                new XElement(SfR + "Operacion", new XElement(Sf + "TipoOperacion", operation)),
                new XElement(SfR + "EstadoRegistro", status),
                code is null ? null : new XElement(SfR + "CodigoErrorRegistro", code),
                description is null ? null : new XElement(SfR + "DescripcionErrorRegistro", description),
                before is null ? null : new XElement(SfR + "RegistroDuplicado",
                    new XElement(Sf + "IdPeticionRegistroDuplicado", "20260615000000001"), new XElement(Sf + "EstadoRegistroDuplicado", before)));
        }).ToList();
        var statuses = lines.Select(l => l.Element(SfR + "EstadoRegistro")!.Value).ToList();
        var batchStatus = statuses.All(s => s == "Correcto") ? "Correcto" : statuses.All(s => s == "Incorrecto") ? "Incorrecto" : "ParcialmenteCorrecto";
        var taxId = cabecera.Element(Sf + "ObligadoEmision")!.Element(Sf + "NIF")!.Value;
        return new XElement(SfR + "RespuestaRegFactuSistemaFacturacion",
            new XAttribute(XNamespace.Xmlns + "tikR", SfR), new XAttribute(XNamespace.Xmlns + "tik", Sf),
            batchStatus == "Incorrecto" ? null : new XElement(SfR + "CSV", $"A-{Guid.NewGuid():N}"[..16].ToUpperInvariant()),
            batchStatus == "Incorrecto" ? null : new XElement(SfR + "DatosPresentacion",
                new XElement(Sf + "NIFPresentador", taxId),
                new XElement(Sf + "TimestampPresentacion", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))),
            new XElement(SfR + "Cabecera", cabecera.Elements().Select(e => new XElement(e))),
            new XElement(SfR + "TiempoEsperaEnvio", WaitSeconds),
            new XElement(SfR + "EstadoEnvio", batchStatus),
            lines);
    }

    /// <summary>IDFactura as the record carries it (read here, not with the API's own reader): issuer, number, date, operation.</summary>
    private static (string, string, string, string) IdOf(XElement record)
    {
        var annulment = record.Name.LocalName == "RegistroAnulacion";
        var id = record.Element(Sf + "IDFactura")!.Elements().Select(e => e.Value).ToList();
        return (id[0], id[1], id[2], annulment ? "Anulacion" : "Alta");
    }

    private static IResult SoapFault(string message) => SoapAnswer(new XElement(Soap + "Fault",
        new XElement("faultcode", "env:Client"), new XElement("faultstring", message)), 500);

    private static IResult SoapAnswer(XElement content, int status) =>
        Results.Text(new XDocument(new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "env", Soap),
            new XElement(Soap + "Body", content))).ToString(SaveOptions.DisableFormatting), "text/xml; charset=utf-8", statusCode: status);
}
