using Alba;

namespace Blueindic.Api.Tests.Support;

public static class CertificateUploads
{
    public const string Url = "/api/settings/certificate";

    /// <summary>
    /// PUTs a certificate file as a browser form would: the file in <c>file</c>, its password in <c>password</c>;
    /// to the tests' host, or to <paramref name="host"/>.
    /// </summary>
    public static Task<IScenarioResult> PutCertificate(this TestTenant tenant, byte[] file, string password, string? ifMatch = null,
        IAlbaHost? host = null) =>
        (host ?? tenant.App.Host).Scenario(s =>
        {
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(file), "file", "certificado.p12");
            form.Add(new StringContent(password), "password");
            s.Put.MultipartFormData(form).ToUrl(Url);
            s.WithRequestHeader("Authorization", $"Bearer {tenant.ApiKey}");
            if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
            s.IgnoreStatusCode();
        });
}
