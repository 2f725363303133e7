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

    /// <summary>
    /// Most entries in an .xlsx's shared-strings table (the reader keeps it whole): 10 distinct texts
    /// for each of 100,000 rows. A client list of the largest size has 5 to 7 (names, tax ids, emails,
    /// phones, addresses; towns and provinces repeat).
    /// </summary>
    public int MaxSharedStrings { get; set; } = 1_000_000;

    /// <summary>
    /// Most text in the shared-strings table, in bytes of UTF-8 (markup excluded): 250 for each of
    /// 100,000 rows, where a full client row holds about 150. Kept in memory as UTF-16, so a table at
    /// both limits costs about 80 MB.
    /// </summary>
    public long MaxSharedStringBytes { get; set; } = 25_000_000;

    /// <summary>Imports (their checking pass included) running at once on this node; more get 429.</summary>
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>Imports of one business running at once on this node; more get 429.</summary>
    public int MaxConcurrentPerBusiness { get; set; } = 1;
}
