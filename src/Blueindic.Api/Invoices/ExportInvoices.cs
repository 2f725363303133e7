using Blueindic.Api.Common.Sheets;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class ExportInvoicesEndpoint
{
    private static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new("Número"), new("Fecha", CellKind.Date), new("Vencimiento", CellKind.Date), new("Cliente"), new("NIF cliente"),
        new("Base imponible", CellKind.Amount), new("IVA", CellKind.Amount), new("Recargo de equivalencia", CellKind.Amount),
        new("Retención IRPF", CellKind.Amount), new("Total", CellKind.Amount), new("Total rectificado", CellKind.Amount),
        new("Cobrado", CellKind.Amount), new("Incobrable", CellKind.Amount), new("Pendiente", CellKind.Amount), new("Estado"),
        new("Rectifica a"), new("Id"),
    ];

    /// <summary>The invoices issued between two days (inclusive) as a spreadsheet, in issue order.</summary>
    /// <param name="format">xlsx (default) or csv (';', UTF-8 with BOM).</param>
    /// <param name="from">First issue date (default: the first of all).</param>
    /// <param name="to">Last issue date (default: the last of all).</param>
    [WolverineGet("/api/invoices/export"), Tags("Invoices")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static IResult Get(IQuerySession session, ExportFormat? format = null, DateOnly? from = null, DateOnly? to = null)
    {
        if (from > to) return Problems.Validation("from", "from must not be after to.");
        IQueryable<InvoiceView> query = session.Query<InvoiceView>();
        if (from is { } first) query = query.Where(x => x.IssueDate >= first);
        if (to is { } last) query = query.Where(x => x.IssueDate <= last);
        var rows = query.OrderBy(x => x.IssueDate).ThenBy(x => x.Number).ToAsyncEnumerable().Select(Row);
        return SpreadsheetWriter.Result(format ?? ExportFormat.Xlsx, $"facturas{(from is null ? "" : $"-{from:yyyy-MM-dd}")}{(to is null ? "" : $"-{to:yyyy-MM-dd}")}", Columns, rows);
    }

    private static object?[] Row(InvoiceView v)
    {
        var a = v.Issued.Amounts;
        var b = v.Balance;
        return
        [
            v.Number, v.IssueDate, v.DueDate, v.Issued.Client.Name, v.Issued.Client.TaxId, a.NetTotal, a.VatTotal, a.SurchargeTotal,
            a.WithholdingTotal, a.Total, b.AdjustedTotal, b.Paid, b.WrittenOff, b.Due, Spanish(v.Status), v.Issued.Corrects?.Number,
            v.Id.ToString(),
        ];
    }

    private static string Spanish(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Issued => "Emitida",
        InvoiceStatus.PartiallyPaid => "Cobrada en parte",
        InvoiceStatus.Paid => "Cobrada",
        InvoiceStatus.Uncollectible => "Incobrable",
        InvoiceStatus.Cancelled => "Cancelada por rectificativa",
        _ => "Anulada",
    };
}
