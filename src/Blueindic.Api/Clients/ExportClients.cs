using Blueindic.Api.Common.Sheets;
using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients;

public static class ExportClientsEndpoint
{
    /// <summary>Every client of the business as a spreadsheet, in name order, with Spanish headers.</summary>
    /// <remarks>The Id column lets the file be edited and imported back: unchanged rows stay unchanged.</remarks>
    /// <param name="format">xlsx (default) or csv (';', UTF-8 with BOM).</param>
    [WolverineGet("/api/clients/export"), Tags("Clients")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")]
    public static IResult Get(IQuerySession session, ExportFormat? format = null) =>
        SpreadsheetWriter.Result(format ?? ExportFormat.Xlsx, "clientes", ClientSheet.Columns.Select(c => c.Sheet).ToList(),
            session.Query<ClientView>().OrderBy(x => x.SortKey).ToAsyncEnumerable().Select(ClientSheet.Row));
}
