using Blueindic.Api.Verifactu;
using Microsoft.Extensions.Options;
using Wolverine;
using Blueindic.Api.EventStore;
using Blueindic.Domain.Business;
using Microsoft.AspNetCore.DataProtection;

namespace Blueindic.Api.Settings;

public static class SetBusinessCertificateEndpoint
{
    /// <summary>
    /// Install the business's signing certificate: a PKCS#12 file (.p12/.pfx, with its private key, RSA) of at
    /// most 64 KB in the multipart field <c>file</c>, its password in <c>password</c>.
    /// </summary>
    /// <remarks>
    /// Refused with 422 naming the field: a file that is not PKCS#12 (a .cer holds no key), a wrong password,
    /// a certificate without its private key, one expired or not valid yet. The file and its password are kept
    /// encrypted (ASP.NET Core Data Protection) and never returned; the settings history records what the
    /// certificate says (subject, tax id, issuer, validity, thumbprint). Installing the one installed records nothing.
    /// </remarks>
    [WolverinePut(BusinessCertificateView.Url), Tags("Settings")]
    [FileUpload(MaxFileBytes = CertificateUpload.MaxBytes, Description = "The PKCS#12 file (.p12 or .pfx) with the private key, at most 65,536 bytes.",
        TextField = "password", TextFieldDescription = "The password of the PKCS#12 file.")]
    [ProducesResponseType<BusinessCertificateView>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity, Problems.Json)]
    public static async Task<BusinessCertificateView> Put(HttpRequest request, IDocumentSession session, IDataProtectionProvider protection,
        IMessageBus bus, IOptions<BlueindicOptions> options, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        var (file, password) = await CertificateUpload.ReadAsync(request, ct);
        BusinessCertificateDetails details;
        using (var certificate = Pkcs12File.Open(file, password)) details = Pkcs12File.Describe(certificate);
        var now = time.GetUtcNow();

        var id = BusinessSettings.StreamIdFor(session.TenantId);
        var stream = await session.Events.FetchForWriting<BusinessSettings>(id, ct);
        stream.CheckIfMatch(request);
        var installed = BusinessSettings.InstallCertificate(id, stream.Aggregate, details, now);
        if (installed is not null) stream.AppendOne(installed);
        // Stored again even when unchanged: the same certificate may come in a new file or with a new password.
        session.Store(BusinessCertificate.Protect(protection, session.TenantId, file, password, details));
        // Records kept waiting for a certificate go now.
        await SubmitVerifactuRecords.RequestAsync(bus, session, options);
        await session.SaveChangesAsync(ct);

        var version = stream.CurrentVersion ?? 0;   // the appended event counted
        var business = await CallingBusiness.LoadAsync(session.DocumentStore, session.TenantId, ct);
        response.SetETag(version);
        return BusinessCertificateView.Of(details, business, now, version);
    }
}
