using System.IO.Compression;
using System.Text;

namespace Blueindic.Api.Tests.Settings;

/// <summary>Small real images, built here byte by byte as their specifications lay them out.</summary>
internal static class TestImages
{
    /// <summary>A valid PNG (RFC 2083) of <paramref name="width"/> × <paramref name="height"/> RGB pixels, <paramref name="noise"/> making it incompressible (and large).</summary>
    public static byte[] Png(int width = 2, int height = 2, bool noise = false)
    {
        var raw = new MemoryStream();
        var random = new Random(7);
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width * 3; x++) raw.WriteByte(noise ? (byte)random.Next(256) : (byte)(x * 40 + y));
        }
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) raw.WriteTo(zlib);

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BigEndian(header, 0, width);
        BigEndian(header, 4, height);
        header[8] = 8; header[9] = 2; // 8 bits per sample, truecolour
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A real baseline JPEG: 8×8 grey pixels as libjpeg-turbo's cjpeg (quality 50) wrote them, 629 bytes.</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwAooooA/9k=");

    /// <summary>The PNG with its chunks of <paramref name="type"/> left out (the others keep their CRCs).</summary>
    public static byte[] PngWithout(byte[] png, string type)
    {
        var kept = new MemoryStream();
        kept.Write(png, 0, 8);
        for (var at = 8; at < png.Length;)
        {
            var length = png[at] << 24 | png[at + 1] << 16 | png[at + 2] << 8 | png[at + 3];
            if (Encoding.ASCII.GetString(png, at + 4, 4) != type) kept.Write(png, at, length + 12);
            at += length + 12;
        }
        return kept.ToArray();
    }

    /// <summary>The JPEG with its frame header (SOF0) set to <paramref name="width"/> × <paramref name="height"/>, or left out.</summary>
    public static byte[] JpegFrame(int? width, int? height)
    {
        var jpeg = Jpeg();
        var sof = Enumerable.Range(2, jpeg.Length - 3).First(i => jpeg[i] == 0xFF && jpeg[i + 1] == 0xC0);
        if (width is null || height is null)
            return jpeg[..sof].Concat(jpeg[(sof + 2 + (jpeg[sof + 2] << 8 | jpeg[sof + 3]))..]).ToArray();
        (jpeg[sof + 5], jpeg[sof + 6], jpeg[sof + 7], jpeg[sof + 8]) = ((byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width);
        return jpeg;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BigEndian(length, 0, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BigEndian(crc, 0, (int)Crc32(typed));
        png.Write(crc);
    }

    private static void BigEndian(byte[] target, int at, int value)
    {
        target[at] = (byte)(value >> 24); target[at + 1] = (byte)(value >> 16); target[at + 2] = (byte)(value >> 8); target[at + 3] = (byte)value;
    }

    /// <summary>CRC-32 as PNG defines it (ISO 3309, reflected 0xEDB88320).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
