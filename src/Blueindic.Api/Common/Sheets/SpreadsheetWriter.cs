using System.Data;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Blueindic.Domain.Common;
using Sylvan.Data.Csv;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Blueindic.Api.Common.Sheets;

public enum ExportFormat { Xlsx, Csv }

public enum CellKind { Text, Date, Amount, Number }

/// <summary>A column of an exported sheet: its Spanish header and how its cells are written.</summary>
public sealed record SheetColumn(string Header, CellKind Kind = CellKind.Text);

/// <summary>
/// Streams rows to the response as .xlsx (MiniExcel; dates as dates, amounts as numbers, text as
/// text cells written as it is) or as the CSV Spanish Excel opens cleanly (';', decimal comma,
/// UTF-8 with BOM), whose text cells are neutralised against formula injection.
/// </summary>
public static class SpreadsheetWriter
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    public static IResult Result(ExportFormat format, string baseName, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows) =>
        new SheetResult(format, baseName, columns, rows);

    private static async Task WriteAsync(Stream output, ExportFormat format, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        if (format == ExportFormat.Csv) await WriteCsvAsync(output, columns, rows, ct);
        else await WriteXlsxAsync(output, columns, rows, ct);
    }

    private static async Task WriteXlsxAsync(Stream output, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var config = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.None,
            DynamicColumns = columns.Select((c, i) => new DynamicExcelColumn(c.Header)
            {
                Index = i,
                Width = c.Kind == CellKind.Text ? 24 : 14,
                Format = c.Kind switch { CellKind.Date => "dd/mm/yyyy", CellKind.Amount => "#,##0.00", _ => null },
            }).ToArray(),
        };
        // MiniExcel takes a synchronous sequence and writes synchronously: it runs on its own thread
        // into a temporary file, fed through a bounded channel, so the export is never all in memory
        // and no request thread blocks.
        var channel = Channel.CreateBounded<Dictionary<string, object?>>(1024);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var row in rows.WithCancellation(ct))
                {
                    var cells = new Dictionary<string, object?>(columns.Count);
                    for (var i = 0; i < columns.Count; i++) cells[columns[i].Header] = XlsxCell(columns[i].Kind, row[i]);
                    await channel.Writer.WriteAsync(cells, ct);
                }
                channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e);
            }
        }, ct);

        IEnumerable<Dictionary<string, object?>> Consume()
        {
            while (channel.Reader.WaitToReadAsync(ct).AsTask().GetAwaiter().GetResult())
                while (channel.Reader.TryRead(out var cells)) yield return cells;
        }

        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            // MiniExcel takes its headers from the first row: with none, an empty table carries them.
            object sheet = await channel.Reader.WaitToReadAsync(ct) ? Consume() : HeadersOnly(columns);
            await Task.Factory.StartNew(() => MiniExcel.SaveAs(file, sheet, configuration: config), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        finally
        {
            // A writer that stopped early must not leave the reader waiting on a full channel.
            channel.Writer.TryComplete();
            await producer;
        }
        file.Position = 0;
        await XlsxStylesRepair.CopyAsync(file, output, ct);
    }

    private static DataTable HeadersOnly(IReadOnlyList<SheetColumn> columns)
    {
        var table = new DataTable();
        foreach (var c in columns) table.Columns.Add(c.Header, typeof(string));
        return table;
    }

    private static object? XlsxCell(CellKind kind, object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        string s when kind == CellKind.Text => SpreadsheetText.ForXlsx(s),
        _ => value,
    };

    private static async Task WriteCsvAsync(Stream output, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        var cells = rows.Select(row => columns.Select((c, i) => CsvCell(c.Kind, row[i])).ToArray());
        await using var reader = new TextRowsDataReader(columns.Select(c => c.Header).ToList(), cells, ct);
        await using var csv = CsvDataWriter.Create(text, new CsvDataWriterOptions { Delimiter = ';', NewLine = "\r\n" });
        await csv.WriteAsync(reader, ct);
        await text.FlushAsync(ct);
    }

    private static string CsvCell(CellKind kind, object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        decimal m when kind == CellKind.Amount => m.ToString("0.00", Spanish),
        IFormattable f when kind != CellKind.Text => f.ToString(null, Spanish),
        _ => SpreadsheetText.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture)) ?? "",
    };

    private sealed class SheetResult(ExportFormat format, string baseName, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            var (type, extension) = format == ExportFormat.Csv
                ? ("text/csv; charset=utf-8", "csv")
                : ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
            http.Response.ContentType = type;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{baseName}.{extension}\"";
            await WriteAsync(http.Response.Body, format, columns, rows, http.RequestAborted);
        }
    }
}
