using System.Globalization;
using Blueindic.Api.Settings;
using Blueindic.Domain.Receivables;
using Blueindic.Api.Common;
using Blueindic.Api.Sql;

namespace Blueindic.Api.Receivables;

public static class ListReceivablesEndpoint
{
    /// <summary>The alert list: invoices still to collect, by due date, coloured green, orange (due soon) or red (overdue).</summary>
    /// <param name="level">green, orange or red.</param>
    /// <param name="clientId">Only this client's invoices.</param>
    /// <param name="asOf">The day the amounts are classified against (default today).</param>
    /// <param name="limit">1–100, default 25.</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    [WolverineGet("/api/receivables"), Tags("Receivables")]
    [ProducesResponseType<ReceivablesPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct,
        AlertLevel? level = null, Guid? clientId = null, DateOnly? asOf = null, int? limit = null, string? cursor = null)
    {
        if (Cursor.Read(limit, cursor, out var take, out var after) is { } refused) return refused;
        var afterParts = after.Split('|', 2);
        DateOnly afterDue = default;
        if (after.Length > 0 && (afterParts.Length != 2 || !DateOnly.TryParseExact(afterParts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out afterDue)))
            return Problems.Validation("cursor", "Not a cursor this API gave.");

        if (AsOf.Read(asOf, clock, out var day) is { } badDay) return badDay;
        var window = await AlertSettings.WindowDaysAsync(session, ct);
        var query = OpenInvoices.Query(session, clientId, level, day, window);

        var summary = ReceivablesSummary.Of(await ReceivablesByLevel.ForAsync(session, clientId, level, day, window, ct));

        var page = query;
        if (after.Length > 0)
        {
            var afterNumber = afterParts[1];
            page = page.Where(x => x.DueDate > afterDue || (x.DueDate == afterDue && x.Number.CompareTo(afterNumber) > 0));
        }
        var rows = await page.OrderBy(x => x.DueDate).ThenBy(x => x.Number).Take(take + 1).ToListAsync(ct);
        var next = rows.Count > take ? Cursor.Encode($"{rows[take - 1].DueDate:yyyy-MM-dd}|{rows[take - 1].Number}") : null;
        return Results.Ok(new ReceivablesPage(rows.Take(take).Select(v => ReceivableResponse.From(v, day, window)).ToList(), summary, window, day, next));
    }
}
