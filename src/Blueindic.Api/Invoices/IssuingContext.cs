using Blueindic.Api.EventStore;
using Blueindic.Api.Settings;
using Blueindic.Domain.Business;
using Blueindic.Domain.Invoices;
using JasperFx.Events;

namespace Blueindic.Api.Invoices;

/// <summary>What the business profile gives an invoice issued now: its issuer and the default series.</summary>
internal sealed record Issuing(PartySnapshot Issuer, string DefaultSeries);

/// <summary>What issuing an invoice needs besides the request: the issuer and the locked ledger.</summary>
internal static class IssuingContext
{
    /// <summary>
    /// The issuer as its business profile stands now, and the series for an input without one. The
    /// registered name stays on the invoice as its legal name when the trade name differs from it and
    /// no legal name was given, so the document always names the business as registered.
    /// </summary>
    public static async Task<Issuing> IssuerAsync(IQuerySession session, CancellationToken ct)
    {
        var tenant = await CallingBusiness.LoadAsync(session.DocumentStore, session.TenantId, ct);
        var settings = await session.Events.AggregateStreamAsync<BusinessSettings>(BusinessSettings.StreamIdFor(session.TenantId), token: ct);
        var profile = BusinessProfile.Of(tenant, settings);
        var legalName = profile.LegalName ?? (profile.TradeName == tenant.Name ? null : tenant.Name);
        return new Issuing(profile.Issuer(settings?.Logo) with { LegalName = legalName }, profile.DefaultSeries);
    }

    /// <summary>
    /// The tenant's invoice ledger as it stands, unlocked and never opened here: for a preview, which
    /// numbers nothing. Its inline snapshot, one row, rather than a replay of every invoice issued.
    /// </summary>
    public static async Task<InvoiceLedger> PeekLedgerAsync(IQuerySession session, CancellationToken ct)
    {
        var ledgerId = InvoiceLedger.StreamIdFor(session.TenantId);
        return await session.LoadAsync<InvoiceLedger>(ledgerId, ct) ?? InvoiceLedger.Create(new InvoiceLedgerOpened(ledgerId));
    }

    /// <summary>
    /// The tenant's invoice ledger, locked until this session commits: issuers queue here instead of
    /// failing, so numbers stay gap-free and the VERI*FACTU chain has one order.
    /// </summary>
    public static Task<IEventStream<InvoiceLedger>> LockLedgerAsync(IDocumentSession session, CancellationToken ct)
    {
        var ledgerId = InvoiceLedger.StreamIdFor(session.TenantId);
        return ExclusiveStream.LockAsync<InvoiceLedger>(session, ledgerId, new InvoiceLedgerOpened(ledgerId), ct);
    }
}
