using Blueindic.Api.Settings;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>
/// Invoice documents from their views, with the dates of the invoices the rectificativas correct and
/// the logos their issuer snapshots name.
/// </summary>
public static class InvoiceDocuments
{
    public static async Task<InvoiceDocument> OfAsync(IQuerySession session, InvoiceView view, CancellationToken ct) =>
        (await OfAsync(session, [view], ct))[0];

    /// <summary>One query for the batch's corrected invoices and one for its logos, none when it has neither.</summary>
    public static async Task<IReadOnlyList<InvoiceDocument>> OfAsync(IQuerySession session, IReadOnlyList<InvoiceView> views, CancellationToken ct)
    {
        var corrected = views.Select(v => v.Issued.Corrects?.InvoiceId).OfType<Guid>().Distinct().ToArray();
        var dates = corrected.Length == 0
            ? new Dictionary<Guid, DateOnly>()
            : (await session.LoadManyAsync<InvoiceView>(ct, corrected)).ToDictionary(v => v.Id, v => v.IssueDate);
        var hashes = views.Select(v => v.Issued.Issuer.Logo?.Sha256).OfType<string>().Distinct().ToArray();
        var logos = hashes.Length == 0
            ? new Dictionary<string, byte[]>()
            : (await session.LoadManyAsync<BusinessLogoImage>(ct, hashes)).ToDictionary(l => l.Id, l => l.Content);
        return views.Select(v => InvoiceDocument.Of(v,
            v.Issued.Corrects is { } c && dates.TryGetValue(c.InvoiceId, out var date) ? date : null,
            v.Issued.Issuer.Logo is { } logo ? logos.GetValueOrDefault(logo.Sha256) : null)).ToList();
    }
}
