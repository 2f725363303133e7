using Blueindic.Domain.Business;

namespace Blueindic.Api.Settings;

public static class GetBusinessLogoEndpoint
{
    /// <summary>The business's logo image, as uploaded (image/png or image/jpeg); 404 when it has none.</summary>
    [WolverineGet("/api/settings/business/logo"), Tags("Settings")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, LogoImage.Png, LogoImage.Jpeg)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken ct)
    {
        var settings = await session.Events.AggregateStreamAsync<BusinessSettings>(BusinessSettings.StreamIdFor(session.TenantId), token: ct);
        return settings?.Logo is { } logo ? await ImageAsync(session, logo, ct) : Problems.NotFound("logo");
    }

    /// <summary>The image a logo reference names: a logo's bytes are kept as long as anything names them.</summary>
    internal static async Task<IResult> ImageAsync(IQuerySession session, LogoReference logo, CancellationToken ct) =>
        await session.LoadAsync<BusinessLogoImage>(logo.Sha256, ct) is { } image
            ? Results.Bytes(image.Content, image.MediaType)
            : Problems.NotFound("logo");
}
