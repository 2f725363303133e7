namespace Blueindic.Domain.Business;

/// <summary>A logo image by its content: the SHA-256 of its bytes (lower-case hex), its media type and size.</summary>
public sealed record LogoReference(string Sha256, string MediaType, int Bytes);
