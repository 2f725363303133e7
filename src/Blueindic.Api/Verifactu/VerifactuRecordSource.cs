using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Verifactu;

/// <summary>The invoice an R-type record corrects, as the AEAT identifies it.</summary>
public sealed record CorrectedInvoiceId(string IssuerTaxId, string Number, DateOnly IssueDate);

/// <summary>
/// Everything one record's XML is made of: the record, the one before it in the chain (null for the
/// first), and for an alta the invoice as issued and the invoice it corrects, if any.
/// </summary>
public sealed record VerifactuRecordSource(VerifactuRecordView Record, VerifactuRecordView? Previous, InvoiceIssued? Invoice,
    CorrectedInvoiceId? Corrected)
{
    /// <summary>The sources of <paramref name="records"/> (any positions of the session's chain), in their order, in four queries.</summary>
    public static async Task<IReadOnlyList<VerifactuRecordSource>> LoadAsync(IQuerySession session,
        IReadOnlyList<VerifactuRecordView> records, CancellationToken ct)
    {
        var previousPositions = records.Select(r => r.Position - 1).Where(p => p > 0).Distinct().ToList();
        var previous = (await session.Query<VerifactuRecordView>().Where(x => previousPositions.Contains(x.Position)).ToListAsync(ct))
            .ToDictionary(r => r.Position);
        var altaIds = records.Where(r => r.RecordType == VerifactuRecordView.Alta).Select(r => r.InvoiceId).Distinct().ToList();
        var invoices = (await session.LoadManyAsync<InvoiceView>(ct, altaIds)).ToDictionary(v => v.Id);
        var correctedIds = invoices.Values.Select(v => v.Issued.Corrects?.InvoiceId).OfType<Guid>().Distinct().ToList();
        var corrected = (await session.LoadManyAsync<InvoiceView>(ct, correctedIds)).ToDictionary(v => v.Id);

        return records.Select(r =>
        {
            var invoice = r.RecordType == VerifactuRecordView.Alta && invoices.TryGetValue(r.InvoiceId, out var v) ? v.Issued : null;
            var original = invoice?.Corrects is { } c && corrected.TryGetValue(c.InvoiceId, out var o) ? o.Issued : null;
            return new VerifactuRecordSource(r, previous.GetValueOrDefault(r.Position - 1), invoice,
                original is null ? null : new CorrectedInvoiceId(original.Issuer.TaxId ?? r.IssuerTaxId, original.Number, original.IssueDate));
        }).ToList();
    }
}
