using Blueindic.Domain.Business;
using Blueindic.Domain.Common;

namespace Blueindic.Api.Settings;

/// <summary>The logo sent as multipart/form-data in the field <c>file</c>, read whole (it is small).</summary>
internal static class LogoUpload
{
    /// <summary>Its bytes; refuses a request without one (400) or with one over the limit (413).</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new DomainValidationException("file", "Send the image as multipart/form-data in a field named 'file'.");
        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new DomainValidationException("file", $"The multipart body cannot be read: {e.Message}");
        }
        switch (file)
        {
            case null: throw new DomainValidationException("file", "No file in the field named 'file'.");
            case { Length: 0 }: throw new DomainValidationException("file", "The file is empty.");
            case { Length: > LogoImage.MaxBytes }: throw TooLarge();
        }
        using var bytes = new MemoryStream((int)file.Length);
        await file.CopyToAsync(bytes, ct);
        return bytes.ToArray();
    }

    private static BadHttpRequestException TooLarge() =>
        new($"A logo may be at most {LogoImage.MaxBytes} bytes (200 KB).", StatusCodes.Status413PayloadTooLarge);
}
