using Blueindic.Domain.Common;
using Blueindic.Projections.Clients;
using Blueindic.Api.Common;

namespace Blueindic.Api.Clients;

public static class ListClientsEndpoint
{
    /// <summary>Clients by name, a page at a time.</summary>
    /// <param name="search">Matches name, legal name, tax id and e-mail, ignoring case and accents ("munoz" finds "Muñoz").</param>
    /// <param name="archived">true lists archived clients; omitted or false lists active ones.</param>
    /// <param name="limit">1–100, default 25.</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    [WolverineGet("/api/clients"), Tags("Clients")]
    [ProducesResponseType<Page<ClientResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken ct,
        string? search = null, bool? archived = null, int? limit = null, string? cursor = null)
    {
        if (Cursor.Read(limit, cursor, out var take, out var after) is { } refused) return refused;
        var errors = new ValidationErrors();
        search = FreeText.Read(search, "search", 200, errors);
        if (!errors.IsEmpty) return Problems.Validation(errors);

        var onlyArchived = archived ?? false;
        var query = session.Query<ClientView>().Where(x => x.Archived == onlyArchived);
        if (search is not null)
        {
            var folded = SearchText.Fold(search);
            var asTaxId = SearchText.Fold(TaxId.Normalise(search));
            query = query.Where(x => x.SearchText.Contains(folded) || x.SearchText.Contains(asTaxId));
        }
        if (after.Length > 0) query = query.Where(x => x.SortKey.CompareTo(after) > 0);

        var rows = await query.OrderBy(x => x.SortKey).Take(take + 1).ToListAsync(ct);
        var next = rows.Count > take ? Cursor.Encode(rows[take - 1].SortKey) : null;
        return Results.Ok(new Page<ClientResponse>(rows.Take(take).Select(ClientResponse.From).ToList(), next));
    }
}
