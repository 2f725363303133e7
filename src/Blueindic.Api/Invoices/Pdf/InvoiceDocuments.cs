using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>Invoice documents from their views, with the dates of the invoices the rectificativas correct.</summary>
public static class InvoiceDocuments
{
    public static async Task<InvoiceDocument> OfAsync(IQuerySession session, InvoiceView view, CancellationToken ct) =>
        (await OfAsync(session, [view], ct))[0];

    /// <summary>One query for every corrected invoice of the batch, none when no rectificativa is in it.</summary>
    public static async Task<IReadOnlyList<InvoiceDocument>> OfAsync(IQuerySession session, IReadOnlyList<InvoiceView> views, CancellationToken ct)
    {
        var corrected = views.Select(v => v.Issued.Corrects?.InvoiceId).OfType<Guid>().Distinct().ToArray();
        var dates = corrected.Length == 0
            ? new Dictionary<Guid, DateOnly>()
            : (await session.LoadManyAsync<InvoiceView>(ct, corrected)).ToDictionary(v => v.Id, v => v.IssueDate);
        return views.Select(v => InvoiceDocument.Of(v,
            v.Issued.Corrects is { } c && dates.TryGetValue(c.InvoiceId, out var date) ? date : null)).ToList();
    }
}
