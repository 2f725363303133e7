using PdfSharp.Fonts;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces Debian installs (package fonts-dejavu-core): PDFsharp's
/// core build finds no system fonts on Linux by itself. Every face is embedded, subsetted, in each PDF.
/// Only the upright faces: fonts-dejavu-core ships no oblique ones (fonts-dejavu-extra does), and the layout uses no italics.
/// </summary>
public sealed class DejaVuFontResolver(string directory) : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string DebianDirectory = "/usr/share/fonts/truetype/dejavu";
    public const string DebianPackage = "fonts-dejavu-core";

    public static readonly IReadOnlyList<string> Files = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];

    private readonly Dictionary<string, byte[]> _faces = new();
    private readonly Lock _gate = new();

    /// <summary>The font files missing from <paramref name="directory"/>: empty when PDFs can be written.</summary>
    public static IReadOnlyList<string> Missing(string directory) => Files.Where(f => !File.Exists(Path.Combine(directory, f))).ToList();

    // Any family asked for is drawn in DejaVu Sans, and italics upright: the layout names no other family nor italics.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Files[bold ? 1 : 0]);

    public byte[] GetFont(string faceName)
    {
        lock (_gate)
        {
            if (!_faces.TryGetValue(faceName, out var bytes))
                _faces[faceName] = bytes = File.ReadAllBytes(Path.Combine(directory, faceName));
            return bytes;
        }
    }
}
