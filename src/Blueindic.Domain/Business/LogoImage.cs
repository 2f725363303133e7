using System.Buffers.Binary;

namespace Blueindic.Domain.Business;

/// <summary>
/// What a logo may be: a PNG or a JPEG of at most 200 KB and 4096 × 4096 pixels, known by its bytes,
/// never by its name. Its structure is walked at upload, so a PDF rendered later never meets a file
/// that only starts like an image.
/// </summary>
public static class LogoImage
{
    public const int MaxBytes = 200 * 1024;
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    /// <summary>
    /// A logo prints a few centimetres wide (600 pixels are 300 dpi at 5 cm). The cap keeps a decoded
    /// bitmap at most 64 MiB (4 bytes a pixel): 200 KB of compressed data may claim far more.
    /// </summary>
    public const int MaxPixels = 4096;

    /// <summary>An image's kind and size in pixels.</summary>
    public sealed record Shape(string MediaType, int Width, int Height)
    {
        public bool TooLarge => Width > MaxPixels || Height > MaxPixels;
    }

    /// <summary>The media type of the image, or null when it is not a well-formed PNG or JPEG.</summary>
    public static string? MediaTypeOf(ReadOnlySpan<byte> bytes) => ShapeOf(bytes)?.MediaType;

    /// <summary>The image's kind and size, or null when it is not a well-formed PNG or JPEG.</summary>
    public static Shape? ShapeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(PngSignature) ? PngShape(bytes) : bytes.StartsWith(JpegStart) ? JpegShape(bytes) : null;

    /// <summary>The reference an event keeps: content hash, media type and size.</summary>
    public static LogoReference Reference(ReadOnlySpan<byte> bytes, string mediaType) =>
        new(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), mediaType, bytes.Length);

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegStart => [0xFF, 0xD8];

    /// <summary>
    /// PNG (ISO/IEC 15948): the signature, then chunks (length, type, data, CRC-32 of type and data),
    /// IHDR first with 13 bytes and non-zero dimensions, at least one IDAT, IEND last and empty.
    /// </summary>
    private static Shape? PngShape(ReadOnlySpan<byte> bytes)
    {
        var (width, height, at, idat) = (0, 0, PngSignature.Length, false);
        for (var first = true; at + 12 <= bytes.Length; first = false)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
            if (length > (uint)(bytes.Length - at - 12)) return null;
            var typed = bytes.Slice(at + 4, 4 + (int)length);
            if (BinaryPrimitives.ReadUInt32BigEndian(bytes[(at + 8 + (int)length)..]) != Crc32.Of(typed)) return null;
            var type = typed[..4];
            var data = typed[4..];
            at += 12 + (int)length;
            if (first != type.SequenceEqual("IHDR"u8)) return null;
            if (first)
            {
                if (length != 13) return null;
                (width, height) = (Pixels(BinaryPrimitives.ReadUInt32BigEndian(data)), Pixels(BinaryPrimitives.ReadUInt32BigEndian(data[4..])));
                if (width == 0 || height == 0) return null;
            }
            else if (type.SequenceEqual("IDAT"u8)) idat = true;
            else if (type.SequenceEqual("IEND"u8)) return idat && length == 0 && at == bytes.Length ? new Shape(Png, width, height) : null;
        }
        return null;   // cut short: no IEND
    }

    private static int Pixels(uint value) => (int)Math.Min(value, int.MaxValue);

    /// <summary>
    /// JPEG (ITU T.81): SOI, then marker segments up to a frame header (SOFn) with non-zero
    /// dimensions before the first scan (SOS), and EOI at the very end. The compressed scans are not
    /// decoded.
    /// </summary>
    private static Shape? JpegShape(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[^2] != 0xFF || bytes[^1] != 0xD9) return null;
        Shape? frame = null;
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF) return null;
            var marker = bytes[at + 1];
            if (marker == 0xFF) { at++; continue; }   // fill byte
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) { at += 2; continue; }   // no length
            if (marker is 0x00 or 0xD8 or 0xD9) return null;   // not a segment here; EOI before a scan
            int length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (length < 2 || at + 2 + length > bytes.Length) return null;
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (length < 8 || frame is not null) return null;
                var (height, width) = (BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]));
                if (width == 0 || height == 0) return null;
                frame = new Shape(Jpeg, width, height);
            }
            if (marker == 0xDA) return frame;   // the first scan: the frame must be known by now
            at += 2 + length;
        }
        return null;
    }

    /// <summary>CRC-32 as PNG uses it (ISO 3309, reflected polynomial 0xEDB88320).</summary>
    private static class Crc32
    {
        private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
        {
            var c = (uint)n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            return c;
        }).ToArray();

        public static uint Of(ReadOnlySpan<byte> bytes)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return ~crc;
        }
    }
}
