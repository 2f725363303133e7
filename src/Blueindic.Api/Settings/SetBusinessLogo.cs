using Blueindic.Domain.Business;
using Blueindic.Domain.Common;

namespace Blueindic.Api.Settings;

public static class SetBusinessLogoEndpoint
{
    /// <summary>Set the business's logo: a PNG or JPEG image of at most 200 KB (204,800 bytes), multipart field <c>file</c>.</summary>
    /// <remarks>
    /// The kind is read from the image's bytes, not from its name or declared type, and its structure is
    /// walked (PNG chunks and their CRCs, JPEG segments to the frame header and the end marker): anything
    /// else is a 415. Over 4096 × 4096 pixels is a 400. Invoices issued from now on carry it; those
    /// issued before keep theirs.
    /// </remarks>
    [WolverinePut("/api/settings/business/logo"), Tags("Settings")]
    [FileUpload(MaxFileBytes = LogoImage.MaxBytes, Description = "The logo: a PNG or JPEG image of at most 204,800 bytes.")]
    [ProducesResponseType<BusinessProfile>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, Problems.Json)]
    public static async Task<IResult> Put(HttpRequest request, IDocumentSession session, HttpResponse response, CancellationToken ct)
    {
        var bytes = await LogoUpload.ReadAsync(request, ct);
        if (LogoImage.ShapeOf(bytes) is not { } shape)
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "A logo is a PNG or a JPEG image; this file is neither, or is cut short or damaged.");
        if (shape.TooLarge)
            throw new DomainValidationException("file",
                $"A logo is at most {LogoImage.MaxPixels} × {LogoImage.MaxPixels} pixels; this one is {shape.Width} × {shape.Height}.");
        var logo = LogoImage.Reference(bytes, shape.MediaType);

        var id = BusinessSettings.StreamIdFor(session.TenantId);
        var stream = await session.Events.FetchForWriting<BusinessSettings>(id, ct);
        stream.CheckIfMatch(request);
        if (BusinessSettings.SetLogo(id, stream.Aggregate, logo) is { } changed)
        {
            stream.AppendOne(changed);
            // Keyed by its hash: storing the same image again writes the same bytes.
            session.Store(new BusinessLogoImage { Id = logo.Sha256, MediaType = logo.MediaType, Content = bytes });
        }
        await session.SaveChangesAsync(ct);

        var profile = await BusinessProfile.LoadAsync(session, ct);
        response.SetETag(profile.Version);
        return Results.Ok(profile);
    }
}
