namespace Blueindic.Domain.Business;

/// <summary>The business set a logo: only its reference; the image is kept apart, by its hash.</summary>
public sealed record BusinessLogoChanged(Guid ProfileId, string Sha256, string MediaType, int Bytes)
{
    public LogoReference ToReference() => new(Sha256, MediaType, Bytes);
}
