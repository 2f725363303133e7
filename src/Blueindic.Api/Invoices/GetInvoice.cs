using Blueindic.Api.Reminders;
using Blueindic.Domain.Common;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices;

public static class GetInvoiceEndpoint
{
    /// <summary>An invoice now, or as it was at a version or an instant.</summary>
    /// <param name="version">The invoice as it was right after this version of its stream.</param>
    /// <param name="asOf">The invoice as it was at this instant (ISO 8601; encode '+' as %2B); overdue is judged on that day.</param>
    [WolverineGet("/api/invoices/{id}"), Tags("Invoices")]
    [ProducesResponseType<InvoiceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, TimeProvider clock, HttpResponse response, CancellationToken ct,
        long? version = null, DateTimeOffset? asOf = null)
    {
        if (version is not null && asOf is not null) return Problems.Validation("version", "Give version or asOf, not both.");
        if (version is < 1) return Problems.Validation("version", "Versions start at 1.");
        var today = SpanishTime.Today(clock.GetUtcNow());

        InvoiceView? view;
        if (version is { } v)
        {
            view = await session.Events.AggregateStreamAsync<InvoiceView>(id, version: v, token: ct);
            if (view is not null && view.Version < v) view = null;
        }
        else if (asOf is { } at)
        {
            view = await session.Events.AggregateStreamAsync<InvoiceView>(id, timestamp: at.ToUniversalTime(), token: ct);
            today = SpanishTime.Today(at);
        }
        else view = await session.LoadAsync<InvoiceView>(id, ct);

        // Not as asked: say whether the invoice exists at all, and what there is of it. Its first
        // event's time is when it was recorded (its history's first entry; not the stream's row).
        if (view is null && version is not null && await session.Events.FetchStreamStateAsync(id, ct) is { } stream)
            return Problems.Missing($"The invoice has no version {version}: its latest is version {stream.Version}.");
        if (view is null && asOf is not null && await session.Events.FetchStreamAsync(id, version: 1, token: ct) is [var first, ..])
            return Problems.Missing($"The invoice did not exist yet at {asOf:O}: it was first recorded at {first.Timestamp.ToUniversalTime():O}.");
        if (view is null) return Problems.NotFound("invoice");
        response.SetETag(view.Version);
        // What comes next is only said of the invoice as it stands.
        var next = version is null && asOf is null ? await NextReminders.OfAsync(session, view, clock.GetUtcNow(), ct) : null;
        return Results.Ok(InvoiceResponse.From(view, today, next));
    }
}
