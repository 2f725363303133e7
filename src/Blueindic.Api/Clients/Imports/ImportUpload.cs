using Blueindic.Api.Common.Sheets;
using Blueindic.Domain.Clients.Imports;
using Blueindic.Domain.Common;

namespace Blueindic.Api.Clients.Imports;

/// <summary>The uploaded file, saved where the import (maybe in the background) reads it.</summary>
internal sealed record SavedUpload(Guid Id, string FileName, string Path);

internal static class ImportUpload
{
    private static string Folder => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "blueindic-imports");

    /// <summary>The file of field <c>file</c> copied to disk; refuses a request without one (400) or with too large a one (413).</summary>
    public static async Task<SavedUpload> SaveAsync(HttpRequest request, ImportOptions limits, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new DomainValidationException("file", "Send the file as multipart/form-data in a field named 'file'.");
        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limits);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Malformed or truncated multipart (IOException: "Unexpected end of Stream").
            throw new DomainValidationException("file", $"The multipart body cannot be read: {e.Message}");
        }
        switch (file)
        {
            case null: throw new DomainValidationException("file", "No file in the field named 'file'.");
            case { Length: 0 }: throw new DomainValidationException("file", "The file is empty.");
            case { Length: var length } when length > limits.MaxFileBytes: throw TooLarge(limits);
        }

        Directory.CreateDirectory(Folder);
        SweepAbandoned();
        var id = Guid.CreateVersion7();
        var path = System.IO.Path.Combine(Folder, $"{id:N}.upload");
        await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
        return new SavedUpload(id, SpreadsheetText.Quote(System.IO.Path.GetFileName(file.FileName))!, path);
    }

    /// <summary>Uploads of imports a restart interrupted: nobody will read them after a day.</summary>
    private static void SweepAbandoned()
    {
        foreach (var stale in new DirectoryInfo(Folder).EnumerateFiles("*.upload").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)))
        {
            try { stale.Delete(); }
            catch (IOException) { } // another node on this machine got there first
        }
    }

    private static BadHttpRequestException TooLarge(ImportOptions limits) =>
        new($"The file may be at most {limits.MaxFileBytes} bytes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>Text the check keeps in memory for the import that follows it (about 16 MB as UTF-16).</summary>
    public const long MaxKeptChars = 8_000_000;

    /// <summary>
    /// Reads the file once through: its format, header and number of data rows; refuses what cannot be
    /// imported. The header is the first of the first <see cref="SpreadsheetReader.MaxHeaderRow"/>
    /// non-blank rows with a name column: title rows (and the merged cells that centre them) above it
    /// are skipped. A file small enough to import inside the request keeps its rows (header first), so
    /// the import does not decode it again; <see cref="CheckedFile.Kept"/> is null otherwise.
    /// </summary>
    public static CheckedFile Check(string path, ImportOptions limits)
    {
        var format = SpreadsheetReader.Detect(path, limits);
        using var rows = SpreadsheetReader.Rows(path, format, limits).GetEnumerator();
        SheetRow? first = null;
        ClientSheetHeader? header = null;
        for (var seen = 0; header is null && seen < SpreadsheetReader.MaxHeaderRow && rows.MoveNext(); seen++)
        {
            first ??= rows.Current;
            if (ClientSheetHeader.Read(rows.Current.Cells) is { HasName: true } found) header = found;
        }
        if (first is null) throw new SpreadsheetRefusedException("The file has no rows, not even a header row.");
        if (header is null)
            throw new SpreadsheetRefusedException(
                $"No header row with a name column ('Nombre' or 'Name') among the first {SpreadsheetReader.MaxHeaderRow} rows; the first reads: {string.Join(" | ", first.Value.Cells)}.");
        var headerRow = rows.Current;
        List<SheetRow>? kept = [headerRow];
        var chars = 0L;
        var count = 0;
        while (rows.MoveNext())
        {
            if (++count > limits.MaxRows) throw new SpreadsheetRefusedException($"The file has more than {limits.MaxRows} rows.");
            if (kept is null) continue;
            chars += rows.Current.Cells.Sum(c => (long)(c?.Length ?? 0));
            if (count > limits.InlineMaxRows || chars > MaxKeptChars) kept = null;
            else kept.Add(rows.Current);
        }
        return new CheckedFile(format, header, headerRow.Number, count, kept);
    }
}

/// <summary>
/// What the checking pass found: <see cref="HeaderRow"/>, the header's row number; <see cref="Kept"/>:
/// the header row and every row after it, when it kept them.
/// </summary>
internal sealed record CheckedFile(SheetFormat Format, ClientSheetHeader Header, int HeaderRow, int Rows, IReadOnlyList<SheetRow>? Kept);
