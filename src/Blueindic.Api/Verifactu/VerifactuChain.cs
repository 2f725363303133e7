using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Verifactu;

/// <summary>
/// A business's VERI*FACTU chain recomputed from the stored events and records, for
/// <see cref="VerifyVerifactuChainEndpoint"/> and for every business by <see cref="ChainCheck"/>.
/// Each record, alta or anulación, must hash to what its fields give, hold the previous record's hash,
/// and match the event it came from (<see cref="InvoiceIssued"/> or <see cref="InvoiceAnnulled"/>):
/// an edited event or record breaks the chain there.
/// </summary>
public static class VerifactuChain
{
    /// <summary>The chain of the session's business, and where it first breaks.</summary>
    public static async Task<ChainVerification> VerifyAsync(IQuerySession session, CancellationToken ct)
    {
        var stored = await session.Query<VerifactuRecordView>().OrderBy(x => x.Position).ToListAsync(ct);
        var issued = await session.Events.QueryRawEventDataOnly<InvoiceIssued>().ToListAsync(ct);
        var annulled = await session.Events.QueryRawEventDataOnly<InvoiceAnnulled>().ToListAsync(ct);
        var issuedByInvoice = issued.GroupBy(e => e.InvoiceId).ToDictionary(g => g.Key, g => g.First());
        var fromEvents = issued.Select(e => (Position: e.Verifactu.Position, Event: (object)e))
            .Concat(annulled.Select(e => (Position: e.Verifactu.Position, Event: (object)e)))
            .GroupBy(x => x.Position).ToDictionary(g => g.Key, g => g.Select(x => x.Event).ToList());
        var previousHash = "";
        var count = Math.Max(stored.Count, fromEvents.Count);
        for (var i = 0; i < count; i++)
        {
            var position = i + 1L;
            var record = i < stored.Count ? stored[i] : null;
            var holds = record is not null
                && record.Position == position
                && record.PreviousHash == previousHash
                && record.HashMatchesFields()
                && fromEvents.TryGetValue(position, out var events) && events.Count == 1
                && events[0] switch
                {
                    InvoiceIssued e => record.Record is { } r && e.InvoiceId == record.InvoiceId && InvoiceMatchesRecord(e, r),
                    InvoiceAnnulled e => record.Annulment is { } a && e.InvoiceId == record.InvoiceId
                        && issuedByInvoice.TryGetValue(e.InvoiceId, out var original) && AnnulmentMatchesRecord(e, original, a),
                    _ => false,
                };
            if (!holds) return new ChainVerification(false, count, position, record?.Number);
            previousHash = record!.Hash;
        }
        return new ChainVerification(true, count, null, null);
    }

    /// <summary>The invoice in the event still says what its record hashed: same record, same facts, same arithmetic.</summary>
    private static bool InvoiceMatchesRecord(InvoiceIssued e, VerifactuRecord r)
    {
        var a = e.Amounts;
        var recomputed = InvoiceMath.Compute(
            a.Lines.Select(l => new LineInput(l.Description, l.Quantity, l.UnitPrice, l.DiscountPercent, l.VatRate)),
            e.EquivalenceSurcharge, a.WithholdingRate);
        return e.Verifactu.ToRecord() == r
            && e.Number == r.Number && e.IssueDate == r.IssueDate && e.Issuer.TaxId == r.IssuerTaxId
            && Domain.Invoices.Verifactu.InvoiceType(e.Corrects?.LegalGround()) == r.InvoiceType
            && a.TaxTotal == r.TaxTotal && a.GrossTotal == r.GrossTotal
            && recomputed.Total == a.Total && recomputed.TaxTotal == a.TaxTotal && recomputed.GrossTotal == a.GrossTotal
            && recomputed.Lines.Select(l => l.Net).SequenceEqual(a.Lines.Select(l => l.Net));
    }

    /// <summary>The anulación in the event is the record stored, and names the invoice it annulled as that invoice was issued.</summary>
    private static bool AnnulmentMatchesRecord(InvoiceAnnulled e, InvoiceIssued original, VerifactuAnnulmentRecord r) =>
        e.Verifactu.ToRecord() == r
        && e.Number == r.Number && original.Number == r.Number && original.IssueDate == r.IssueDate && original.Issuer.TaxId == r.IssuerTaxId
        && original.Verifactu.Position < r.Position;
}
