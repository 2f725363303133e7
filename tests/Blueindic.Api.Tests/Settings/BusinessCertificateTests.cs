using System.Security.Cryptography.X509Certificates;
using Blueindic.Api.Settings;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Business;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Settings;

[Collection(ApiCollection.Name)]
public sealed class BusinessCertificateTests(AppFixture app)
{
    private const string Url = "/api/settings/certificate";

    /// <summary>Valid around the tests' fixed clock.</summary>
    private static X509Certificate2 Valid(X500DistinguishedName? subject = null) =>
        TestCertificates.SelfSigned(subject, AppFixture.Now.AddDays(-30), AppFixture.Now.AddYears(1));

    [Fact]
    public async Task Installed_it_is_described_never_returned_and_loads_back_with_its_key_until_removed()
    {
        var tenant = await app.NewTenant();
        (await tenant.Get(Url)).Status().ShouldBe(404);
        using var certificate = Valid();

        var put = await tenant.PutCertificate(TestCertificates.Pkcs12(certificate), TestCertificates.Password);
        put.Status().ShouldBe(200, put.ReadAsText());
        var view = put.Json();
        view.GetProperty("taxId").GetString().ShouldBe(TestCertificates.EntityTaxId);
        view.GetProperty("taxIdMatchesBusiness").GetBoolean().ShouldBeTrue();
        view.GetProperty("subject").GetString()!.ShouldContain("SERIALNUMBER=IDCES-12345678Z");
        view.GetProperty("issuer").GetString().ShouldBe(certificate.Issuer);
        view.GetProperty("notAfter").GetDateTimeOffset().ShouldBe(new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero));
        view.GetProperty("thumbprint").GetString().ShouldBe(certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256));
        view.GetProperty("expired").GetBoolean().ShouldBeFalse();
        view.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["subject", "taxId", "taxIdMatchesBusiness", "issuer", "notBefore", "notAfter", "thumbprint", "expired", "version"]);
        (await tenant.Get(Url)).Json().GetProperty("thumbprint").GetString().ShouldBe(view.GetProperty("thumbprint").GetString());

        using (var loaded = await Load(tenant))
        {
            loaded.ShouldNotBeNull();
            loaded.Thumbprint.ShouldBe(certificate.Thumbprint);
            loaded.HasPrivateKey.ShouldBeTrue();
            using var key = loaded.GetRSAPrivateKey()!;
            var data = "firma"u8.ToArray();
            certificate.GetRSAPublicKey()!.VerifyData(data, key.SignData(data, System.Security.Cryptography.HashAlgorithmName.SHA256,
                    System.Security.Cryptography.RSASignaturePadding.Pkcs1), System.Security.Cryptography.HashAlgorithmName.SHA256,
                System.Security.Cryptography.RSASignaturePadding.Pkcs1).ShouldBeTrue();
        }
        // At rest, neither the file nor the password can be read.
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant.TenantId.ToString()))
        {
            var stored = await session.LoadAsync<BusinessCertificateFile>(BusinessSettings.StreamIdFor(tenant.TenantId.ToString()));
            stored.ShouldNotBeNull();
            Contains(stored.Protected, certificate.RawData[..64]).ShouldBeFalse();
            Contains(stored.Protected, System.Text.Encoding.UTF8.GetBytes(TestCertificates.Password)).ShouldBeFalse();
        }

        // The same certificate again records nothing; removing it records once and deletes the file.
        (await tenant.PutCertificate(TestCertificates.Pkcs12(certificate), TestCertificates.Password)).Json().GetProperty("version").GetInt64()
            .ShouldBe(view.GetProperty("version").GetInt64());
        (await tenant.Delete(Url)).Status().ShouldBe(204);
        (await tenant.Get(Url)).Status().ShouldBe(404);
        (await Load(tenant)).ShouldBeNull();
        (await tenant.Delete(Url)).Status().ShouldBe(204);

        var history = await tenant.HistoryOf("/api/settings/business/history");
        history.Select(h => h.GetProperty("type").GetString()).ShouldBe(["CertificateInstalled", "CertificateRemoved"]);
        history[0].GetProperty("data").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["profileId", "subject", "taxId", "issuer", "notBefore", "notAfter", "thumbprint"]);
        history.ShouldAllBe(h => h.GetProperty("user").GetString() == $"key:{tenant.KeyId}");
    }

    [Fact]
    public async Task Another_business_neither_sees_nor_loads_it()
    {
        var owner = await app.NewTenant();
        var other = await app.NewTenant("Otra Empresa", "B70256961");
        using var certificate = Valid();
        (await owner.PutCertificate(TestCertificates.Pkcs12(certificate), TestCertificates.Password)).Status().ShouldBe(200);
        var view = (await other.Get(Url));
        view.Status().ShouldBe(404);
        (await Load(other)).ShouldBeNull();
    }

    [Fact]
    public async Task What_cannot_sign_is_refused_naming_the_field_and_nothing_is_recorded()
    {
        var tenant = await app.NewTenant();
        using var certificate = Valid();
        using var expired = TestCertificates.SelfSigned(notBefore: AppFixture.Now.AddYears(-2), notAfter: AppFixture.Now.AddDays(-1));
        using var notYet = TestCertificates.SelfSigned(notBefore: AppFixture.Now.AddDays(1), notAfter: AppFixture.Now.AddYears(1));
        var cases = new (string Name, byte[] File, string Password, int Status, string Field)[]
        {
            ("wrong password", TestCertificates.Pkcs12(certificate), "otra", 422, "password"),
            ("a .cer", TestCertificates.Cer(certificate), TestCertificates.Password, 422, "file"),
            ("a PEM", System.Text.Encoding.ASCII.GetBytes(certificate.ExportCertificatePem()), TestCertificates.Password, 422, "file"),
            ("no private key", TestCertificates.Pkcs12WithoutKey(certificate), TestCertificates.Password, 422, "file"),
            ("expired", TestCertificates.Pkcs12(expired), TestCertificates.Password, 422, "file"),
            ("not valid yet", TestCertificates.Pkcs12(notYet), TestCertificates.Password, 422, "file"),
            ("cut short", TestCertificates.Pkcs12(certificate)[..300], TestCertificates.Password, 422, "file"),
            ("empty", [], TestCertificates.Password, 400, "file"),
        };
        foreach (var (name, file, password, status, field) in cases)
        {
            var refused = await tenant.PutCertificate(file, password);
            refused.Status().ShouldBe(status, $"{name}: {refused.ReadAsText()}");
            refused.Json().GetProperty("errors").EnumerateObject().Single().Name.ShouldBe(field, name);
        }
        var expiredAnswer = await tenant.PutCertificate(TestCertificates.Pkcs12(expired), TestCertificates.Password);
        expiredAnswer.Json().GetProperty("detail").GetString()!.ShouldContain("expired");

        (await tenant.Put(Url, new { file = "MIIK", password = "x" })).Status().ShouldBe(400);   // JSON, not a form
        var tooLarge = await tenant.PutCertificate(new byte[CertificateUpload.MaxBytes + 1], "x");
        tooLarge.Status().ShouldBe(413, tooLarge.ReadAsText());

        (await tenant.Get(Url)).Status().ShouldBe(404);
        (await tenant.HistoryOf("/api/settings/business/history")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_stale_If_Match_is_412()
    {
        var tenant = await app.NewTenant();
        using var certificate = Valid();
        var stale = await tenant.PutCertificate(TestCertificates.Pkcs12(certificate), TestCertificates.Password, ifMatch: "\"3\"");
        stale.Status().ShouldBe(412, stale.ReadAsText());
        var put = await tenant.PutCertificate(TestCertificates.Pkcs12(certificate), TestCertificates.Password, ifMatch: "\"0\"");
        put.Status().ShouldBe(200, put.ReadAsText());
        put.Header("ETag").ShouldBe("\"1\"");
        (await tenant.Delete(Url, new Dictionary<string, string> { ["If-Match"] = "\"0\"" })).Status().ShouldBe(412);
    }

    private async Task<X509Certificate2?> Load(TestTenant tenant)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant.TenantId.ToString());
        return await BusinessCertificate.LoadAsync(session, app.Host.Services.GetRequiredService<IDataProtectionProvider>(), default);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
