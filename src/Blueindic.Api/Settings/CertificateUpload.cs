using Blueindic.Domain.Common;

namespace Blueindic.Api.Settings;

/// <summary>The certificate sent as multipart/form-data: the PKCS#12 file in <c>file</c>, its password in <c>password</c>.</summary>
internal static class CertificateUpload
{
    /// <summary>An FNMT file with its chain is about 7 KB; 64 KB leaves room for long chains.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Its bytes and password; refuses a request without a file (400) or with one over the limit (413).</summary>
    public static async Task<(byte[] File, string Password)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new DomainValidationException("file", "Send the certificate as multipart/form-data: the file in a field named 'file', its password in 'password'.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new DomainValidationException("file", $"The multipart body cannot be read: {e.Message}");
        }
        var file = form.Files.GetFile("file");
        switch (file)
        {
            case null: throw new DomainValidationException("file", "No file in the field named 'file'.");
            case { Length: 0 }: throw new DomainValidationException("file", "The file is empty.");
            case { Length: > MaxBytes }: throw TooLarge();
        }
        if (form["password"].Count > 1) throw new DomainValidationException("password", "Send one password.");
        using var bytes = new MemoryStream((int)file.Length);
        await file.CopyToAsync(bytes, ct);
        return (bytes.ToArray(), form["password"].ToString());
    }

    private static BadHttpRequestException TooLarge() =>
        new($"A certificate file may be at most {MaxBytes} bytes (64 KB).", StatusCodes.Status413PayloadTooLarge);
}
