using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Blueindic.Api.Facturae;
using Blueindic.Api.Settings;
using Blueindic.Api.Tests.Facturae;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Business;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Invoices;

/// <summary>
/// GET /api/invoices/{id}/facturae?signed=true through the real host, with a certificate made in the test:
/// verified by .NET's SignedXml and by xmlsec1, its XAdES properties read, and still valid Facturae.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SignedFacturaeTests(AppFixture app)
{
    [Fact]
    public async Task With_the_business_certificate_the_file_is_signed_XAdES_EPES_at_the_request_time()
    {
        var (tenant, url) = await Invoice();
        (await tenant.Get(url + "?signed=true")).Status().ShouldBe(409);   // no certificate yet
        using var certificate = TestCertificates.SelfSigned(notBefore: AppFixture.Now.AddDays(-30), notAfter: AppFixture.Now.AddYears(1));
        (await tenant.PutCertificate(TestCertificates.Pkcs12(certificate), TestCertificates.Password)).Status().ShouldBe(200);

        var result = await tenant.Get(url + "?signed=true");
        result.Status().ShouldBe(200, result.ReadAsText());
        result.Context.Response.ContentType.ShouldBe("application/xml");
        result.Header("Content-Disposition").ShouldEndWith(".xsig\"");
        var bytes = await tenant.Download(url + "?signed=true");
        var signed = FacturaeSignatureTests.Load(bytes);

        signed.Verifies(certificate).ShouldBeTrue();
        FacturaeSchemaCheck.Errors(signed).ShouldBeEmpty();
        var ns = FacturaeSignatureTests.Namespaces(signed);
        signed.SelectSingleNode("//xades:SigningTime", ns)!.InnerText.ShouldBe("2026-06-15T10:00:00+00:00");   // the host's clock
        signed.SelectSingleNode("//xades:SigPolicyHash/ds:DigestValue", ns)!.InnerText.ShouldBe(XadesProperties.PolicyDigest);
        signed.SelectSingleNode("//xades:SigPolicyId/xades:Identifier", ns)!.InnerText.ShouldBe(XadesProperties.PolicyIdentifier);
        Convert.FromBase64String(signed.SelectSingleNode("//ds:KeyInfo/ds:X509Data/ds:X509Certificate", ns)!.InnerText).ShouldBe(certificate.RawData);

        // Without its signature, it is the unsigned file, byte for byte in XML terms.
        var unsigned = FacturaeSignatureTests.Load(await tenant.Download(url));
        signed.DocumentElement!.RemoveChild(FacturaeSignatureTests.TheSignature(signed));
        signed.OuterXml.ShouldBe(unsigned.OuterXml);

        // A verifier nobody here wrote agrees.
        var dir = Directory.CreateTempSubdirectory("blueindic-signed-");
        try
        {
            var pem = Path.Combine(dir.FullName, "cert.pem");
            await File.WriteAllTextAsync(pem, certificate.ExportCertificatePem());
            var file = Path.Combine(dir.FullName, "factura.xsig");
            await File.WriteAllBytesAsync(file, bytes);
            var (ok, output) = XmlsecOracleTests.Xmlsec1Verify(pem, file);
            ok.ShouldBeTrue(output);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public async Task An_expired_certificate_is_a_409_and_an_unreadable_flag_a_400()
    {
        var (tenant, url) = await Invoice();
        // Installing an expired certificate is refused, so it is put in place the way it would have aged: directly.
        using var expired = TestCertificates.SelfSigned(notBefore: AppFixture.Now.AddYears(-2), notAfter: AppFixture.Now.AddDays(-1));
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession(tenant.TenantId.ToString()))
        {
            var details = new BusinessCertificateDetails("CN=x", null, "CN=x", AppFixture.Now.AddYears(-2), AppFixture.Now.AddDays(-1), "00");
            session.Store(BusinessCertificate.Protect(app.Host.Services.GetRequiredService<IDataProtectionProvider>(), tenant.TenantId.ToString(),
                TestCertificates.Pkcs12(expired), TestCertificates.Password, details));
            await session.SaveChangesAsync();
        }
        var refused = await tenant.Get(url + "?signed=true");
        refused.Status().ShouldBe(409, refused.ReadAsText());
        refused.Json().GetProperty("detail").GetString()!.ShouldContain("not now");

        (await tenant.Get(url + "?signed=false")).Status().ShouldBe(200);
        (await tenant.Get(url + "?signed=maybe")).Status().ShouldBe(400);
    }

    private async Task<(TestTenant Tenant, string Url)> Invoice()
    {
        var tenant = await app.NewTenant("Estudio Nogal SL", TestCertificates.EntityTaxId,
            new { line1 = "Calle de Alcalá 48", city = "Madrid", postalCode = "28014", province = "Madrid" });
        var client = (await tenant.RegisterClient(new
        {
            name = "Ayuntamiento de Ejemplo", taxId = "P2807900B",
            address = new { line1 = "Plaza de la Villa 1", city = "Madrid", postalCode = "28005", province = "Madrid" },
        })).GetProperty("id").GetGuid();
        var invoice = await tenant.IssueSimpleInvoice(client);
        return (tenant, $"/api/invoices/{invoice.GetProperty("id").GetGuid()}/facturae");
    }
}
