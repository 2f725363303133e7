using PdfSharp.Fonts;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>
/// PDFsharp's font resolver is process-wide and set once; this installs it, and says plainly when
/// the fonts are not on the machine (the PDF endpoints then answer a 503 problem naming the package).
/// </summary>
public static class PdfFonts
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Where the fonts are looked for: BLUEINDIC_PDF_FONTS, else Debian's DejaVu folder.</summary>
    public static string Directory { get; } = Environment.GetEnvironmentVariable("BLUEINDIC_PDF_FONTS") is { Length: > 0 } dir
        ? dir : DejaVuFontResolver.DebianDirectory;

    /// <summary>Why no PDF can be written here, or null when one can.</summary>
    public static string? Problem { get; } = DejaVuFontResolver.Missing(Directory) is { Count: > 0 } missing
        ? $"The invoice PDF fonts are not installed: {string.Join(", ", missing)} missing from {Directory} " +
          $"(install Debian's {DejaVuFontResolver.DebianPackage} package, or set BLUEINDIC_PDF_FONTS to a folder holding them)."
        : null;

    /// <summary>The 503 problem a PDF endpoint answers on a machine without the fonts.</summary>
    public static IResult Unavailable() =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF fonts missing", detail: Problem);

    /// <summary>Installs the resolver once; false (with <see cref="Problem"/> set) when the fonts are missing.</summary>
    public static bool Ready()
    {
        if (Problem is not null) return false;
        lock (Gate)
        {
            if (_installed) return true;
            GlobalFontSettings.FontResolver ??= new DejaVuFontResolver(Directory);
            _installed = true;
            return true;
        }
    }
}

/// <summary>Logs at start when the PDF fonts are missing, before anyone asks for an invoice PDF.</summary>
public sealed class PdfFontsStartupCheck(ILogger<PdfFontsStartupCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!PdfFonts.Ready()) log.LogError("{Problem}", PdfFonts.Problem);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
