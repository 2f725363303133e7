using Blueindic.Domain.Business;

namespace Blueindic.Api.Settings;

public static class GetBusinessLogoEndpoint
{
    /// <summary>The business's logo image, as uploaded (image/png or image/jpeg); 404 when it has none.</summary>
    /// <remarks>
    /// Its ETag is the image's SHA-256, so it names these very bytes: send it as If-None-Match to get a
    /// 304 without the image while the logo is the same. Cached privately, revalidated on every use.
    /// </remarks>
    [WolverineGet("/api/settings/business/logo"), Tags("Settings")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, LogoImage.Png, LogoImage.Jpeg)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var settings = await session.Events.AggregateStreamAsync<BusinessSettings>(BusinessSettings.StreamIdFor(session.TenantId), token: ct);
        if (settings?.Logo is not { } logo) return Problems.NotFound("logo");
        var etag = $"\"{logo.Sha256}\"";
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "private, no-cache";
        return Matches(request.Headers.IfNoneMatch.ToString(), etag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : await ImageAsync(session, logo, ct);
    }

    // RFC 9110 §13.1.2: "*" or any listed tag, compared weakly (a W/ prefix is ignored).
    private static bool Matches(string ifNoneMatch, string etag) =>
        ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || (tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag) == etag);

    /// <summary>The image a logo reference names: a logo's bytes are kept as long as anything names them.</summary>
    internal static async Task<IResult> ImageAsync(IQuerySession session, LogoReference logo, CancellationToken ct) =>
        await session.LoadAsync<BusinessLogoImage>(logo.Sha256, ct) is { } image
            ? Results.Bytes(image.Content, image.MediaType)
            : Problems.NotFound("logo");
}
