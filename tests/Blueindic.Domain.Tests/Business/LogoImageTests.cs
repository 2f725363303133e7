using Blueindic.Domain.Business;

namespace Blueindic.Domain.Tests.Business;

/// <summary>
/// The logo check against PNGs nobody here wrote: the dashboard screenshots in docs/screenshots,
/// encoded by Chromium (Skia). Each is accepted with the size <c>file</c> reports; any single bit
/// flipped, or the file cut anywhere, is refused (CRC-32 catches every one-bit error in a chunk).
/// </summary>
public sealed class LogoImageTests
{
    private static readonly string[] Screenshots = Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "screenshots"), "*.png");

    [Fact]
    public void Chromium_screenshots_are_PNGs_of_their_size()
    {
        Screenshots.Length.ShouldBeGreaterThan(0);
        foreach (var path in Screenshots)
        {
            var shape = LogoImage.ShapeOf(File.ReadAllBytes(path)).ShouldNotBeNull(path);
            shape.MediaType.ShouldBe(LogoImage.Png);
            // Phone screenshots are 375 CSS pixels wide, as `file` reports (e.g. "PNG image data, 375 x 2843").
            if (path.EndsWith("-phone.png")) shape.Width.ShouldBe(375, path);
        }
    }

    [Fact]
    public void A_bit_flipped_anywhere_or_a_cut_anywhere_is_refused()
    {
        var png = File.ReadAllBytes(Screenshots.OrderBy(p => new FileInfo(p).Length).First());
        var random = new Random(15948);
        for (var i = 0; i < 300; i++)
        {
            var damaged = png.ToArray();
            var at = i < 60 ? i : random.Next(png.Length);   // every byte of the signature and the header, then anywhere
            damaged[at] ^= (byte)(1 << random.Next(8));
            LogoImage.ShapeOf(damaged).ShouldBeNull($"bit flipped at {at}");
            LogoImage.ShapeOf(png.AsSpan(0, random.Next(png.Length))).ShouldBeNull("cut short");
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Blueindic.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Blueindic.sln not found above the test binaries.");
    }
}
