namespace Blueindic.Domain.Business;

/// <summary>What a logo may be: a PNG or a JPEG of at most 200 KB, known by its first bytes, never by its name.</summary>
public static class LogoImage
{
    public const int MaxBytes = 200 * 1024;
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The media type of the image, or null when it is neither a PNG nor a JPEG.</summary>
    public static string? MediaTypeOf(ReadOnlySpan<byte> bytes)
    {
        // A PNG: its signature, then the header chunk that must come first (length 13, "IHDR").
        if (bytes.Length >= 16 && bytes[..8].SequenceEqual(PngSignature) && bytes[12..16].SequenceEqual("IHDR"u8)) return Png;
        // A JPEG: start of image, then a marker (FF D8 FF).
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return Jpeg;
        return null;
    }

    /// <summary>The reference an event keeps: content hash, media type and size.</summary>
    public static LogoReference Reference(ReadOnlySpan<byte> bytes, string mediaType) =>
        new(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), mediaType, bytes.Length);
}
