using Blueindic.Domain.Reminders;

namespace Blueindic.Domain.Invoices;

/// <summary>The write model of an invoice: what its decisions need.</summary>
public sealed record Invoice(
    Guid Id,
    string Number,
    Guid ClientId,
    PartySnapshot Client,
    PartySnapshot Issuer,
    DateOnly IssueDate,
    bool EquivalenceSurcharge,
    InvoiceAmounts Amounts,
    InvoiceBalance Balance,
    bool HasCorrections,
    DateOnly DueDate,
    int? LastReminderStep,
    bool Sent = false)
{
    public static Invoice Create(InvoiceIssued e) => new(e.InvoiceId, e.Number, e.ClientId, e.Client.ToSnapshot(), e.Issuer.ToSnapshot(),
        e.IssueDate, e.EquivalenceSurcharge, e.Amounts.ToAmounts(), InvoiceBalance.For(e), false, e.DueDate, null);

    public Invoice Apply(PaymentRecorded e) => this with { Balance = Balance.Apply(e) };
    public Invoice Apply(PaymentReversed e) => this with { Balance = Balance.Apply(e) };
    public Invoice Apply(InvoiceWrittenOff e) => this with { Balance = Balance.Apply(e) };
    public Invoice Apply(InvoiceCorrected e) => this with { Balance = Balance.Apply(e), HasCorrections = true };
    public Invoice Apply(InvoiceCancelled e) => this with { Balance = Balance.Apply(e), HasCorrections = true };
    public Invoice Apply(InvoiceAnnulled e) => this with { Balance = Balance.Apply(e) };
    /// <summary>Sent once, even if its delivery failed later: the client may hold it.</summary>
    public Invoice Apply(InvoiceSent _) => this with { Sent = true };
    public Invoice Apply(ReminderSent e) => (e.Step is { } step ? this with { LastReminderStep = Math.Max(step, LastReminderStep ?? int.MinValue) } : this) with { Sent = true };
}
