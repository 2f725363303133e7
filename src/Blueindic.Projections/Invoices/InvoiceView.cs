using Blueindic.Projections.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reminders;
using Marten.Events.Aggregation;

namespace Blueindic.Projections.Invoices;

/// <summary>A corrective invoice that changed or cancelled this one.</summary>
public sealed record Correction(Guid InvoiceId, string Number, DateOnly Date, bool Cancels, decimal Adjustment, string Reason);

/// <summary>The invoice was annulled: when, why, and its registro de anulación's place and hash in the chain.</summary>
public sealed record InvoiceAnnulment(DateOnly Date, string Reason, long Position, string Hash);

/// <summary>An invoice as the API shows it: one document per invoice stream, projected inline.</summary>
public sealed class InvoiceView : IStreamView
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public InvoiceIssued Issued { get; set; } = null!;
    public InvoiceBalance Balance { get; set; } = null!;
    public List<Correction> CorrectedBy { get; set; } = [];
    public List<InvoiceSending> Sendings { get; set; } = [];
    public List<InvoiceReminder> Reminders { get; set; } = [];
    public InvoiceAnnulment? Annulment { get; set; }

    // Copied out of the above so lists can filter and sort on them.
    public string Number { get; set; } = "";
    public Guid ClientId { get; set; }
    public DateOnly IssueDate { get; set; }
    public DateOnly DueDate { get; set; }
    public InvoiceStatus Status { get; set; }
    public decimal AmountDue { get; set; }
    /// <summary>The latest policy step already sent (days from the due date): what the reminder scan reads.</summary>
    public int? LastReminderStep { get; set; }

    /// <summary>Issue date then number: the order lists page in (descending).</summary>
    public string SortKey { get; set; } = "";

    internal InvoiceView Refresh(InvoiceBalance balance)
    {
        Balance = balance;
        Status = balance.Status;
        AmountDue = balance.Due;
        return this;
    }
}

/// <summary>
/// Inline, one document per invoice stream. Fed by: <see cref="InvoiceIssued"/>, <see cref="PaymentRecorded"/>,
/// <see cref="PaymentReversed"/>, <see cref="InvoiceWrittenOff"/>, <see cref="InvoiceCorrected"/>, <see cref="InvoiceCancelled"/>,
/// <see cref="InvoiceAnnulled"/>, <see cref="InvoiceSent"/>, <see cref="ReminderSent"/>, <see cref="InvoiceSendFailed"/>.
/// Also read by the receivables, aging, morosity, Modelo 347 and late-payment reports.
/// </summary>
public sealed partial class InvoiceViewProjection : SingleStreamProjection<InvoiceView, Guid>
{
    public static InvoiceView Create(InvoiceIssued e) => new InvoiceView
    {
        Id = e.InvoiceId,
        Issued = e,
        Number = e.Number,
        ClientId = e.ClientId,
        IssueDate = e.IssueDate,
        DueDate = e.DueDate,
        SortKey = $"{e.IssueDate:yyyy-MM-dd}|{e.Number}",
    }.Refresh(InvoiceBalance.For(e));

    public static void Apply(PaymentRecorded e, InvoiceView view) => view.Refresh(view.Balance.Apply(e));
    public static void Apply(PaymentReversed e, InvoiceView view) => view.Refresh(view.Balance.Apply(e));
    public static void Apply(InvoiceWrittenOff e, InvoiceView view) => view.Refresh(view.Balance.Apply(e));

    public static void Apply(InvoiceCorrected e, InvoiceView view)
    {
        view.CorrectedBy.Add(new Correction(e.CorrectiveInvoiceId, e.CorrectiveNumber, e.Date, false, e.Adjustment, e.Reason));
        view.Refresh(view.Balance.Apply(e));
    }

    public static void Apply(InvoiceCancelled e, InvoiceView view)
    {
        view.CorrectedBy.Add(new Correction(e.CorrectiveInvoiceId, e.CorrectiveNumber, e.Date, true, -view.Balance.AdjustedTotal, e.Reason));
        view.Refresh(view.Balance.Apply(e));
    }

    public static void Apply(InvoiceAnnulled e, InvoiceView view)
    {
        view.Annulment = new InvoiceAnnulment(e.Date, e.Reason, e.Verifactu.Position, e.Verifactu.Hash);
        view.Refresh(view.Balance.Apply(e));
    }

    public static void Apply(InvoiceSent e, InvoiceView view) => view.Sendings.Add(new InvoiceSending(e.To, e.Cc, e.MessageId, e.At, null));

    public static void Apply(ReminderSent e, InvoiceView view)
    {
        view.Reminders.Add(new InvoiceReminder(e.Step, e.Kind, e.To, e.MessageId, e.At, null));
        if (e.Step > (view.LastReminderStep ?? int.MinValue)) view.LastReminderStep = e.Step;
    }

    /// <summary>Marks the mail it names; a failed reminder still counts as its step's (it is not sent again).</summary>
    public static void Apply(InvoiceSendFailed e, InvoiceView view)
    {
        view.Sendings = view.Sendings.Select(s => s.MessageId == e.MessageId ? s with { FailedBecause = e.Reason } : s).ToList();
        view.Reminders = view.Reminders.Select(r => r.MessageId == e.MessageId ? r with { FailedBecause = e.Reason } : r).ToList();
    }
}
