using Blueindic.Domain.Aeat;
using Blueindic.Projections.Invoices;
using Blueindic.Api.Common;

namespace Blueindic.Api.Verifactu;

public static class ListVerifactuRecordsEndpoint
{
    /// <summary>The business's VERI*FACTU records, altas and anulaciones, in chain order.</summary>
    /// <param name="status">Only the records <c>pending</c> (not answered by the AEAT yet), <c>accepted</c> or <c>rejected</c>.</param>
    [WolverineGet("/api/verifactu/records"), Tags("VERI*FACTU")]
    [ProducesResponseType<Page<VerifactuRecordResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken ct, int? limit = null, string? cursor = null,
        string? status = null)
    {
        if (Cursor.Read(limit, cursor, out var take, out var raw) is { } refused) return refused;
        if (status is not null && !VerifactuRecordStatus.All.Contains(status))
            return Problems.Validation("status", $"One of: {string.Join(", ", VerifactuRecordStatus.All)}.");
        long after = 0;
        if (raw.Length > 0 && !long.TryParse(raw, out after)) return Problems.Validation("cursor", "Not a cursor this API gave.");

        var query = session.Query<VerifactuRecordView>().Where(x => x.Position > after);
        if (status is not null) query = query.Where(x => x.Status == status);
        var rows = await query.OrderBy(x => x.Position).Take(take + 1).ToListAsync(ct);
        var next = rows.Count > take ? Cursor.Encode(rows[take - 1].Position.ToString()) : null;
        return Results.Ok(new Page<VerifactuRecordResponse>(rows.Take(take).Select(VerifactuRecordResponse.From).ToList(), next));
    }
}
