using System.Text.Json;
using System.Xml.Linq;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Tests.Invoices;

/// <summary>
/// Every kind of record the API produces, as the AEAT's XML: valid against SuministroInformacion.xsd
/// (the official schema, an oracle nobody here wrote), its Huella recomputed from the XML's own fields
/// equal to the chain's, its amounts the very texts hashed.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class VerifactuRecordXmlTests(AppFixture app)
{
    private static readonly XNamespace Sf = VerifactuSchemas.SuministroInformacion;
    private static readonly Dictionary<string, string> AcceptXml = new() { ["Accept"] = "application/xml" };

    private sealed record Chain(TestTenant Tenant, Dictionary<long, (string Kind, XElement Xml, JsonElement Json)> Records);

    private static object Line(string description, decimal quantity, decimal unitPrice, decimal vatRate) =>
        new { description, quantity, unitPrice, vatRate };

    /// <summary>One business making every kind of record: positions 1–12 (see each comment).</summary>
    private async Task<Chain> EveryKind()
    {
        var t = await app.NewTenant();
        var spanish = (await t.RegisterClient(new { name = "Ferretería Sol", legalName = "Ferretería Sol SL", taxId = "12345678Z" })).GetProperty("id").GetGuid();
        var surcharge = (await t.RegisterClient(new { name = "Droguería Luna", taxId = "A58818501", equivalenceSurcharge = true })).GetProperty("id").GetGuid();
        var foreign = (await t.RegisterClient(new { name = "Olive Press AE", taxId = "EL094259216", address = new { city = "Atenas", country = "GR" } }))
            .GetProperty("id").GetGuid();
        var individual = (await t.RegisterClient(new { name = "Ana Particular" })).GetProperty("id").GetGuid();
        var kinds = new Dictionary<long, string>();

        async Task<Guid> Issue(Guid client, string kind, params object[] lines)
        {
            var issued = await t.IssueInvoice(new { clientId = client, lines });
            kinds[issued.GetProperty("verifactu").GetProperty("position").GetInt64()] = kind;
            return issued.GetProperty("id").GetGuid();
        }
        async Task Correct(Guid id, string kind, object body)
        {
            var result = await t.Post($"/api/invoices/{id}/corrections", body);
            result.Status().ShouldBe(201, result.ReadAsText());
            kinds[result.Json().GetProperty("verifactu").GetProperty("position").GetInt64()] = kind;
        }

        var first = await Issue(spanish, "F1 two rates", Line("Reparación de persiana", 2, 45.5m, 21), Line("Transporte", 1, 12.3m, 10));   // 1
        await Issue(surcharge, "F1 recargo", Line("Pintura", 3, 19.99m, 21), Line("Brochas", 2, 4.5m, 10));                             // 2
        await Issue(foreign, "F1 foreign", Line("Aceite", 10, 8.4m, 4));                                                               // 3
        await Issue(individual, "F1 no tax id", Line("Llave", 1, 3.3m, 21));                                                           // 4
        await Correct(first, "R1 differences", new { reason = "Descuento pactado", lines = new[] { Line("Descuento", 1, -10, 21) } });  // 5
        var cancelled = await Issue(spanish, "F1", Line("Servicio", 1, 100, 21));                                                     // 6
        await Correct(cancelled, "R1 cancellation", new { reason = "Operación cancelada" });                                          // 7
        var lost = await Issue(spanish, "F1", Line("Servicio", 1, 200, 21));                                                          // 8
        await Correct(lost, "R3", new { reason = "Crédito incobrable", ground = "uncollectible", lines = new[] { Line("Servicio", -1, 150, 21) } }); // 9
        var mistaken = await Issue(spanish, "F1", Line("Servicio", 1, 50, 21));                                                       // 10
        (await t.Post($"/api/invoices/{mistaken}/annul", new { reason = "Duplicada" })).Status().ShouldBe(200);                       // 11
        kinds[11] = "anulacion";
        await Issue(spanish, "F1 after an anulacion", Line("Servicio", 1, 60, 21));                                                   // 12

        var records = new Dictionary<long, (string, XElement, JsonElement)>();
        foreach (var (position, kind) in kinds)
        {
            var xml = await t.Get($"/api/verifactu/records/{position}", AcceptXml);
            xml.Status().ShouldBe(200, xml.ReadAsText());
            xml.Header("Content-Type").ShouldStartWith("application/xml");
            var json = await t.Get($"/api/verifactu/records/{position}");
            json.Header("Content-Type").ShouldStartWith("application/json");
            records[position] = (kind, XDocument.Parse(xml.ReadAsText()).Root!, json.Json());
        }
        return new Chain(t, records);
    }

    private static string Text(XElement e, params string[] path) =>
        path.Aggregate(e, (at, name) => at.Element(Sf + name) ?? throw new ShouldAssertException($"No {name} in {at.Name.LocalName}")).Value;

    /// <summary>The hash as the order defines it, from the XML's own texts only.</summary>
    private static string HashFromXml(XElement x)
    {
        var previous = x.Element(Sf + "Encadenamiento")!.Element(Sf + "RegistroAnterior")?.Element(Sf + "Huella")?.Value ?? "";
        var at = Text(x, "FechaHoraHusoGenRegistro");
        return x.Name.LocalName == "RegistroAlta"
            ? Domain.Invoices.Verifactu.AltaHash(Text(x, "IDFactura", "IDEmisorFactura"), Text(x, "IDFactura", "NumSerieFactura"),
                Text(x, "IDFactura", "FechaExpedicionFactura"), Text(x, "TipoFactura"), Text(x, "CuotaTotal"), Text(x, "ImporteTotal"), previous, at)
            : Domain.Invoices.Verifactu.AnulacionHash(Text(x, "IDFactura", "IDEmisorFacturaAnulada"), Text(x, "IDFactura", "NumSerieFacturaAnulada"),
                Text(x, "IDFactura", "FechaExpedicionFacturaAnulada"), previous, at);
    }

    [Fact]
    public async Task Every_kind_of_record_is_valid_against_the_AEAT_schema_and_hashes_to_its_own_Huella()
    {
        var chain = await EveryKind();
        chain.Records.Count.ShouldBe(12);
        foreach (var (position, (kind, xml, json)) in chain.Records.OrderBy(r => r.Key))
        {
            VerifactuSchemas.Validate(xml).ShouldBeEmpty($"record {position} ({kind})");
            var huella = Text(xml, "Huella");
            huella.ShouldBe(json.GetProperty("hash").GetString(), $"record {position}");
            HashFromXml(xml).ShouldBe(huella, $"record {position} ({kind})");
            Text(xml, "FechaHoraHusoGenRegistro").ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$");
            if (xml.Name.LocalName == "RegistroAlta")
            {
                Text(xml, "CuotaTotal").ShouldBe(json.GetProperty("cuotaTotal").GetString());
                Text(xml, "ImporteTotal").ShouldBe(json.GetProperty("importeTotal").GetString());
                Text(xml, "TipoFactura").ShouldBe(json.GetProperty("invoiceType").GetString());
            }
            var link = xml.Element(Sf + "Encadenamiento")!;
            if (position == 1) link.Element(Sf + "PrimerRegistro")!.Value.ShouldBe("S");
            else Text(link, "RegistroAnterior", "Huella").ShouldBe(chain.Records[position - 1].Json.GetProperty("hash").GetString());
        }
        (await chain.Tenant.Get("/api/verifactu/verify")).Json().GetProperty("valid").GetBoolean().ShouldBeTrue();

        // The validator does refuse: a record without its Huella, or with an amount written as 1,5.
        var broken = new XElement(chain.Records[1].Xml);
        broken.Element(Sf + "Huella")!.Remove();
        VerifactuSchemas.Validate(broken).ShouldNotBeEmpty();
        broken = new XElement(chain.Records[1].Xml);
        broken.Element(Sf + "CuotaTotal")!.Value = "1,5";
        VerifactuSchemas.Validate(broken).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Each_record_says_what_its_kind_needs()
    {
        var r = (await EveryKind()).Records;
        XElement X(long position) => r[position].Xml;

        Text(X(1), "TipoFactura").ShouldBe("F1");
        Text(X(1), "Destinatarios", "IDDestinatario", "NIF").ShouldBe("12345678Z");
        Text(X(1), "Destinatarios", "IDDestinatario", "NombreRazon").ShouldBe("Ferretería Sol SL");
        X(1).Element(Sf + "Desglose")!.Elements(Sf + "DetalleDesglose").Select(d => (Text(d, "TipoImpositivo"), Text(d, "BaseImponibleOimporteNoSujeto"),
            Text(d, "CuotaRepercutida"))).ShouldBe([("21.00", "91.00", "19.11"), ("10.00", "12.30", "1.23")], ignoreOrder: true);
        (Text(X(1), "CuotaTotal"), Text(X(1), "ImporteTotal")).ShouldBe(("20.34", "123.64"));
        Text(X(1), "DescripcionOperacion").ShouldBe("Reparación de persiana; Transporte");

        var surcharge = X(2).Element(Sf + "Desglose")!.Elements(Sf + "DetalleDesglose").Single(d => Text(d, "TipoImpositivo") == "21.00");
        (Text(surcharge, "TipoRecargoEquivalencia"), Text(surcharge, "CuotaRecargoEquivalencia")).ShouldBe(("5.20", "3.12"));

        var other = X(3).Element(Sf + "Destinatarios")!.Element(Sf + "IDDestinatario")!.Element(Sf + "IDOtro")!;
        (Text(other, "CodigoPais"), Text(other, "IDType"), Text(other, "ID")).ShouldBe(("GR", "02", "EL094259216"));

        X(4).Element(Sf + "Destinatarios").ShouldBeNull();
        Text(X(4), "FacturaSinIdentifDestinatarioArt61d").ShouldBe("S");

        foreach (var (position, type, corrected) in new[] { (5L, "R1", 1L), (7L, "R1", 6L), (9L, "R3", 8L) })
        {
            Text(X(position), "TipoFactura").ShouldBe(type);
            Text(X(position), "TipoRectificativa").ShouldBe("I");
            var id = X(position).Element(Sf + "FacturasRectificadas")!.Element(Sf + "IDFacturaRectificada")!;
            Text(id, "NumSerieFactura").ShouldBe(Text(X(corrected), "IDFactura", "NumSerieFactura"));
            Text(id, "FechaExpedicionFactura").ShouldBe(Text(X(corrected), "IDFactura", "FechaExpedicionFactura"));
        }
        (Text(X(7), "CuotaTotal"), Text(X(7), "ImporteTotal")).ShouldBe(("-21.00", "-121.00"));

        X(11).Name.ShouldBe(Sf + "RegistroAnulacion");
        Text(X(11), "IDFactura", "NumSerieFacturaAnulada").ShouldBe(Text(X(10), "IDFactura", "NumSerieFactura"));
        r[11].Json.GetProperty("recordType").GetString().ShouldBe("anulacion");
        // The record after an anulación names the annulled invoice as the previous record.
        Text(X(12), "Encadenamiento", "RegistroAnterior", "NumSerieFactura").ShouldBe(Text(X(10), "IDFactura", "NumSerieFactura"));
        Text(X(1), "SistemaInformatico", "NombreSistemaInformatico").ShouldBe("Blueindic");
    }

    [Fact]
    public async Task The_XML_is_given_only_when_preferred_and_an_unknown_position_is_a_problem()
    {
        var t = await app.NewTenant();
        await t.IssueSimpleInvoice(await t.NewClient());

        foreach (var accept in new[] { "text/html", "application/json, application/xml", "application/xml;q=0.5, */*", "nonsense" })
            (await t.Get("/api/verifactu/records/1", new Dictionary<string, string> { ["Accept"] = accept }))
                .Header("Content-Type")!.StartsWith("application/json", StringComparison.Ordinal).ShouldBeTrue(accept);
        foreach (var accept in new[] { "application/xml", "text/xml", "application/xml, */*;q=0.1", "application/json;q=0.5, application/xml" })
            (await t.Get("/api/verifactu/records/1", new Dictionary<string, string> { ["Accept"] = accept }))
                .Header("Content-Type")!.StartsWith("application/xml", StringComparison.Ordinal).ShouldBeTrue(accept);

        var missing = await t.Get("/api/verifactu/records/2", AcceptXml);
        missing.Status().ShouldBe(404);
        missing.Header("Content-Type").ShouldStartWith("application/problem+json");
    }
}
