namespace Blueindic.Api;

/// <summary>What a spreadsheet upload may cost the server.</summary>
public sealed class ImportOptions
{
    /// <summary>Largest file accepted, in bytes (413 above it).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most data rows in one file.</summary>
    public int MaxRows { get; set; } = 100_000;

    /// <summary>Most cells in one row.</summary>
    public int MaxColumns { get; set; } = 100;

    /// <summary>Most bytes an .xlsx may unpack to (a zip bomb is refused before it is opened).</summary>
    public long MaxUncompressedBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>Files with at most this many rows are imported inside the request (200); larger ones in the background (202).</summary>
    public int InlineMaxRows { get; set; } = 2_000;

    /// <summary>Rows appended per transaction.</summary>
    public int BatchSize { get; set; } = 1_000;
}
