using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;
using Blueindic.Api.Common;

namespace Blueindic.Api.Invoices;

public static class ListInvoicesEndpoint
{
    /// <summary>Invoices, newest issue date first, a page at a time.</summary>
    /// <param name="clientId">Only this client's invoices.</param>
    /// <param name="status">issued, partiallyPaid, paid, uncollectible or cancelled.</param>
    /// <param name="overdue">true: only those with something due past the due date; false: only the others.</param>
    /// <param name="from">Issued on or after this date.</param>
    /// <param name="to">Issued on or before this date.</param>
    /// <param name="limit">1–100, default 25.</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    [WolverineGet("/api/invoices"), Tags("Invoices")]
    [ProducesResponseType<Page<InvoiceResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct,
        Guid? clientId = null, InvoiceStatus? status = null, bool? overdue = null, DateOnly? from = null, DateOnly? to = null,
        int? limit = null, string? cursor = null)
    {
        if (Cursor.Read(limit, cursor, out var take, out var before) is { } refused) return refused;
        if (from > to) return Problems.Validation("from", "from is after to.");
        var today = SpanishTime.Today(clock.GetUtcNow());

        var query = session.Query<InvoiceView>().AsQueryable();
        if (clientId is { } client) query = query.Where(x => x.ClientId == client);
        if (status is { } s) query = query.Where(x => x.Status == s);
        if (overdue == true) query = query.Where(x => x.AmountDue > 0 && x.DueDate < today);
        if (overdue == false) query = query.Where(x => x.AmountDue <= 0 || x.DueDate >= today);
        if (from is { } f) query = query.Where(x => x.IssueDate >= f);
        if (to is { } t) query = query.Where(x => x.IssueDate <= t);
        if (before.Length > 0) query = query.Where(x => x.SortKey.CompareTo(before) < 0);

        var rows = await query.OrderByDescending(x => x.SortKey).Take(take + 1).ToListAsync(ct);
        var next = rows.Count > take ? Cursor.Encode(rows[take - 1].SortKey) : null;
        return Results.Ok(new Page<InvoiceResponse>(rows.Take(take).Select(v => InvoiceResponse.From(v, today)).ToList(), next));
    }
}
