using Blueindic.Api.Common.Sheets;
using Blueindic.Domain.Clients.Imports;

namespace Blueindic.Api.Clients.Imports;

public static class GetClientImportTemplateEndpoint
{
    /// <summary>An empty client sheet with the Spanish headers the import reads.</summary>
    /// <param name="format">xlsx (default) or csv.</param>
    [WolverineGet("/api/clients/imports/template"), Tags("Clients")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")]
    public static IResult Get(ExportFormat? format = null) =>
        SpreadsheetWriter.Result(format ?? ExportFormat.Xlsx, "plantilla-clientes",
            ClientSheet.Columns.Where(c => c.Column is not (ClientColumn.Id or ClientColumn.Archived)).Select(c => c.Sheet).ToList(),
            AsyncEnumerable.Empty<object?[]>());
}
