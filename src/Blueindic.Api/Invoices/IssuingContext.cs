using Blueindic.Api.EventStore;
using Blueindic.Domain.Invoices;
using JasperFx.Events;

namespace Blueindic.Api.Invoices;

/// <summary>What issuing an invoice needs besides the request: the issuer and the locked ledger.</summary>
internal static class IssuingContext
{
    /// <summary>The issuer's legal data now.</summary>
    public static async Task<PartySnapshot> IssuerAsync(IDocumentStore store, string tenantId, CancellationToken ct)
    {
        var tenant = await CallingBusiness.LoadAsync(store, tenantId, ct);
        return new PartySnapshot(tenant.Name, null, tenant.TaxId, tenant.Address);
    }

    /// <summary>
    /// The tenant's invoice ledger, locked until this session commits: issuers queue here instead of
    /// failing, so numbers stay gap-free and the VERI*FACTU chain has one order.
    /// </summary>
    public static async Task<IEventStream<InvoiceLedger>> LockLedgerAsync(IDocumentSession session, CancellationToken ct)
    {
        var ledgerId = InvoiceLedger.StreamIdFor(session.TenantId);
        if (await session.Events.FetchStreamStateAsync(ledgerId, ct) is null)
        {
            // First invoice of the tenant: open the ledger in its own transaction, then lock it.
            await using var opener = session.DocumentStore.LightweightSession(session.TenantId);
            // The same request caused it: the audit shows who, like every other fact.
            (opener.LastModifiedBy, opener.CorrelationId, opener.CausationId) = (session.LastModifiedBy, session.CorrelationId, session.CausationId);
            opener.Events.StartStream<InvoiceLedger>(ledgerId, new InvoiceLedgerOpened(ledgerId));
            try { await opener.SaveChangesAsync(ct); }
            catch (Exception e) when (e is Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
            {
                // Someone else opened it first: fine.
            }
        }
        return await session.Events.FetchForExclusiveWriting<InvoiceLedger>(ledgerId, ct);
    }
}
