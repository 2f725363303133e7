using Blueindic.Api.Common.Sheets;
using Blueindic.Api.Settings;
using Blueindic.Domain.Receivables;
using Blueindic.Api.Common;

namespace Blueindic.Api.Receivables;

public static class ExportReceivablesEndpoint
{
    private static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new("Número"), new("Cliente"), new("Fecha", CellKind.Date), new("Vencimiento", CellKind.Date), new("Días vencida", CellKind.Number),
        new("Días para vencer", CellKind.Number), new("Estado"), new("Total rectificado", CellKind.Amount), new("Pendiente", CellKind.Amount),
        new("Id factura"), new("Id cliente"),
    ];

    /// <summary>The alert list as a spreadsheet: every open invoice by due date, with its level in Spanish.</summary>
    /// <param name="format">xlsx (default) or csv (';', UTF-8 with BOM).</param>
    /// <param name="level">green, orange or red.</param>
    /// <param name="clientId">Only this client's invoices.</param>
    /// <param name="asOf">The day the invoices are classified against (default today).</param>
    [WolverineGet("/api/receivables/export"), Tags("Receivables")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct,
        ExportFormat? format = null, AlertLevel? level = null, Guid? clientId = null, DateOnly? asOf = null)
    {
        if (AsOf.Read(asOf, clock, out var day) is { } badDay) return badDay;
        var window = await AlertSettings.WindowDaysAsync(session, ct);
        var rows = OpenInvoices.Query(session, clientId, level, day, window)
            .OrderBy(x => x.DueDate).ThenBy(x => x.Number).ToAsyncEnumerable()
            .Select(v => ReceivableResponse.From(v, day, window))
            .Select(r => new object?[]
            {
                r.Number, r.ClientName, r.IssueDate, r.DueDate, r.DaysOverdue, Math.Max(0, r.DaysToDue), Spanish(r.Level), r.TotalAfterCorrections,
                r.AmountDue, r.InvoiceId.ToString(), r.ClientId.ToString(),
            });
        return SpreadsheetWriter.Result(format ?? ExportFormat.Xlsx, $"pendiente-de-cobro-{day:yyyy-MM-dd}", Columns, rows);
    }

    private static string Spanish(AlertLevel level) => level switch
    {
        AlertLevel.Red => "Vencida",
        AlertLevel.Orange => "Vence pronto",
        _ => "En plazo",
    };
}
