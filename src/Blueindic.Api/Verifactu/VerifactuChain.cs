using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Verifactu;

/// <summary>
/// A business's VERI*FACTU chain recomputed from the stored events and records, for
/// <see cref="VerifyVerifactuChainEndpoint"/> and for every business by <see cref="ChainCheck"/>.
/// Each record's hash must be what its fields give, hold the previous record's hash, and match the
/// InvoiceIssued event it came from: an edited event or record breaks the chain there.
/// </summary>
public static class VerifactuChain
{
    /// <summary>The chain of the session's business, and where it first breaks.</summary>
    public static async Task<ChainVerification> VerifyAsync(IQuerySession session, CancellationToken ct)
    {
        var stored = await session.Query<VerifactuRecordView>().OrderBy(x => x.Position).ToListAsync(ct);
        var fromEvents = (await session.Events.QueryRawEventDataOnly<InvoiceIssued>().ToListAsync(ct))
            .GroupBy(e => e.Verifactu.Position).ToDictionary(g => g.Key, g => g.ToList());
        var previousHash = "";
        var count = Math.Max(stored.Count, fromEvents.Count);
        for (var i = 0; i < count; i++)
        {
            var position = i + 1L;
            var record = i < stored.Count ? stored[i] : null;
            var holds = record is not null
                && record.Position == position
                && record.Record.PreviousHash == previousHash
                && record.Record.HashMatchesFields()
                && fromEvents.TryGetValue(position, out var events) && events.Count == 1
                && events[0].InvoiceId == record.Id
                && InvoiceMatchesRecord(events[0], record.Record);
            if (!holds) return new ChainVerification(false, count, position, record?.Number);
            previousHash = record!.Record.Hash;
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
            && (e.Corrects is null ? "F1" : "R1") == r.InvoiceType
            && a.TaxTotal == r.TaxTotal && a.GrossTotal == r.GrossTotal
            && recomputed.Total == a.Total && recomputed.TaxTotal == a.TaxTotal && recomputed.GrossTotal == a.GrossTotal
            && recomputed.Lines.Select(l => l.Net).SequenceEqual(a.Lines.Select(l => l.Net));
    }
}
