using Blueindic.Domain.Business;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reminders;
using Blueindic.Domain.Tenants;
using Blueindic.Domain.Aeat;

namespace Blueindic.Domain;

/// <summary>
/// Every event type the store keeps, registered with Marten up front (not only as projections meet
/// them), so the contract test sees them all. A new event goes here and into the test's samples.
/// </summary>
public static class StoredEvents
{
    public static readonly IReadOnlyList<Type> All =
    [
        typeof(ClientRegistered), typeof(ClientDetailsChanged), typeof(ClientArchived), typeof(ClientRestored),
        typeof(TenantRegistered), typeof(ApiKeyIssued), typeof(ApiKeyRevoked),
        typeof(InvoiceLedgerOpened), typeof(InvoiceNumbered),
        typeof(InvoiceIssued), typeof(PaymentRecorded), typeof(PaymentReversed), typeof(InvoiceWrittenOff),
        typeof(InvoiceCorrected), typeof(InvoiceCancelled), typeof(InvoiceAnnulled), typeof(InvoiceAnnulmentChained),
        typeof(InvoiceSent), typeof(InvoiceSendFailed), typeof(ReminderSent),
        typeof(AlertWindowChanged), typeof(Reminders.ReminderPolicyChanged),
        typeof(BusinessProfileChanged), typeof(BusinessLogoChanged), typeof(BusinessLogoRemoved),
        typeof(VerifactuSubmissionOpened), typeof(VerifactuBatchAnswered),
        typeof(CertificateInstalled), typeof(CertificateRemoved),
    ];
}
