using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

/// <summary>Pure decisions on invoices: state + command → events, or a domain error.</summary>
public static class InvoiceDecisions
{
    public const string DefaultSeries = "F";
    public const string CorrectiveSeries = "R";

    /// <summary>An archived client takes no new invoices. Checked before the ledger is locked, and again in <see cref="Issue(InvoiceLedger, IssueRequest, Client, PartySnapshot, DateTimeOffset)"/>.</summary>
    public static void EnsureInvoiceable(Client client)
    {
        if (client.Archived) throw new DomainConflictException("The client is archived; restore it to invoice it.");
    }

    /// <summary>Issues an invoice to a client of the business.</summary>
    public static (InvoiceIssued Issued, InvoiceNumbered Numbered) Issue(
        InvoiceLedger ledger, IssueRequest request, Client client, PartySnapshot issuer, DateTimeOffset now)
    {
        EnsureInvoiceable(client);
        var d = client.Details;
        return Issue(ledger, request, client.Id, new PartySnapshot(d.Name, d.LegalName, d.TaxId, d.Address), d.EquivalenceSurcharge, issuer, now);
    }

    /// <summary>Numbers the invoice, computes its amounts and chains its VERI*FACTU record.</summary>
    public static (InvoiceIssued Issued, InvoiceNumbered Numbered) Issue(
        InvoiceLedger ledger, IssueRequest request, Guid clientId, PartySnapshot client, bool equivalenceSurcharge,
        PartySnapshot issuer, DateTimeOffset now, CorrectionOf? corrects = null)
    {
        var sequence = ledger.NextSequence(request.Series, request.IssueDate);
        var year = request.IssueDate.Year;
        var number = InvoiceLedger.FormatNumber(request.Series, year, sequence);
        var amounts = InvoiceMath.Compute(request.Lines, equivalenceSurcharge, request.WithholdingRate);
        var record = VerifactuRecord.Create(ledger.ChainLength + 1, issuer.TaxId!, number, request.IssueDate,
            Verifactu.InvoiceType(corrects?.Ground), amounts.TaxTotal, amounts.GrossTotal, ledger.LastHash, WholeSeconds(SpanishTime.ToLocal(now)));

        var issued = new InvoiceIssued(request.InvoiceId, number, request.Series, year, sequence, clientId,
            InvoiceIssued.Party.Of(client), InvoiceIssued.Party.Of(issuer), request.IssueDate, request.DueDate, equivalenceSurcharge,
            InvoiceIssued.Figures.Of(amounts), request.Notes, corrects is null ? null : InvoiceIssued.CorrectedInvoice.Of(corrects),
            InvoiceIssued.ChainRecord.Of(record));
        return (issued, new InvoiceNumbered(request.InvoiceId, request.Series, year, sequence, number, request.IssueDate,
            record.Position, record.Hash));
    }

    // The record's timestamp is hashed to the second: keep exactly what was hashed.
    private static DateTimeOffset WholeSeconds(DateTimeOffset t) => t.AddTicks(-(t.Ticks % TimeSpan.TicksPerSecond));

    public static PaymentRecorded RecordPayment(Invoice invoice, Guid paymentId, decimal? amount, DateOnly? date,
        PaymentMethod method, string? reference, DateOnly today)
    {
        var balance = invoice.Balance;
        if (balance.Cancelled) throw new DomainConflictException("The invoice is cancelled.");
        if (balance.Annulled) throw new DomainConflictException("The invoice is annulled.");
        if (balance.IsCorrective) throw new DomainConflictException("A corrective invoice is settled through the invoice it corrects.");
        var value = amount ?? balance.Collectible;
        if (value <= 0)
            throw amount is null
                ? new DomainConflictException("Nothing is due on this invoice.")
                : new DomainValidationException("amount", "The amount must be greater than 0.");
        if (!Money.HasAtMostDecimals(value, 2)) throw new DomainValidationException("amount", "At most 2 decimals.");
        if (value > balance.Collectible)
            throw new DomainConflictException($"The amount {value:0.00} is more than the {balance.Collectible:0.00} still to collect.");
        var on = date ?? today;
        if (on < invoice.IssueDate) throw new DomainValidationException("date", "A payment cannot be dated before the invoice.");
        if (on > today) throw new DomainValidationException("date", "A payment cannot be dated in the future.");
        return new PaymentRecorded(invoice.Id, paymentId, value, on, method, reference);
    }

    public static PaymentReversed ReversePayment(Invoice invoice, Guid paymentId, string reason, DateOnly today)
    {
        var payment = invoice.Balance.Payments.FirstOrDefault(p => p.Id == paymentId)
                      ?? throw new DomainNotFoundException("The invoice has no such payment.");
        if (payment.Reversed) throw new DomainConflictException("The payment is already reversed.");
        return new PaymentReversed(invoice.Id, paymentId, payment.Amount, today, reason);
    }

    public static InvoiceWrittenOff WriteOff(Invoice invoice, string reason, DateOnly today)
    {
        var balance = invoice.Balance;
        if (balance.Cancelled) throw new DomainConflictException("The invoice is cancelled.");
        if (balance.Annulled) throw new DomainConflictException("The invoice is annulled.");
        if (balance.IsCorrective) throw new DomainConflictException("A corrective invoice is settled through the invoice it corrects.");
        if (balance.Due <= 0) throw new DomainConflictException("Nothing is due on this invoice.");
        return new InvoiceWrittenOff(invoice.Id, balance.Due, today, reason);
    }

    /// <summary>
    /// Issues a corrective invoice in series R. Without lines it cancels the original whole (its lines
    /// negated), only while nothing is paid; with lines it corrects by differences, and what is due on
    /// the original may not drop below 0. A new invoice issued today: <paramref name="issuer"/> is the
    /// business as it stands now (its profile), while the client stays the original's snapshot.
    /// </summary>
    public static (InvoiceIssued Corrective, InvoiceNumbered Numbered, object OnOriginal) Correct(
        InvoiceLedger ledger, Invoice original, PartySnapshot issuer, Guid correctiveId, string reason, IReadOnlyList<LineInput>? lines,
        DateTimeOffset now, CorrectionGround ground = CorrectionGround.Error)
    {
        var balance = original.Balance;
        if (balance.IsCorrective) throw new DomainConflictException("A corrective invoice cannot be corrected; correct the original.");
        if (balance.Cancelled) throw new DomainConflictException("The invoice is already cancelled.");
        if (balance.Annulled) throw new DomainConflictException("The invoice is annulled.");
        var cancels = lines is null;
        if (cancels && balance.Paid != 0) throw new DomainConflictException("Payments were recorded on this invoice: reverse them, or correct it by differences.");
        if (cancels && original.HasCorrections) throw new DomainConflictException("The invoice was already corrected: correct it by differences instead.");

        var today = SpanishTime.Today(now);
        var correctiveLines = lines ?? original.Amounts.Lines
            .Select(l => new LineInput(l.Description, -l.Quantity, l.UnitPrice, l.DiscountPercent, l.VatRate)).ToList();
        var request = new IssueRequest(correctiveId, CorrectiveSeries, today, today, original.Amounts.WithholdingRate, reason, correctiveLines);
        var corrects = new CorrectionOf(original.Id, original.Number, reason, cancels, ground);
        var (issued, numbered) = Issue(ledger, request, original.ClientId, original.Client, original.EquivalenceSurcharge,
            issuer, now, corrects);

        if (cancels) return (issued, numbered, new InvoiceCancelled(original.Id, correctiveId, issued.Number, today, reason));
        var adjustment = issued.Amounts.Total;
        if (balance.Collectible + adjustment < 0)
            throw new DomainConflictException($"The correction ({adjustment:0.00}) would leave less than nothing due ({balance.Collectible:0.00} is left to collect).");
        if (balance.AdjustedTotal + adjustment == 0 && balance.Paid == 0)
            throw new DomainConflictException("The correction would leave the invoice at 0 with nothing paid: cancel it instead.");
        return (issued, numbered, new InvoiceCorrected(original.Id, correctiveId, issued.Number, today, adjustment, reason));
    }

    /// <summary>
    /// Annuls an invoice issued by mistake (a duplicate, the wrong client) by chaining a registro de
    /// anulación. Only an invoice nobody else has seen or acted on: never sent or reminded, with no
    /// payment ever recorded (even one reversed since), nothing written off, no corrective of its own,
    /// not cancelled, not a corrective itself, not already annulled. Anything else is put right with a
    /// corrective invoice, which the client can be given.
    /// </summary>
    public static (InvoiceAnnulled Annulled, InvoiceAnnulmentChained Chained) Annul(InvoiceLedger ledger, Invoice invoice, string reason,
        DateTimeOffset now)
    {
        var balance = invoice.Balance;
        if (balance.Annulled) throw new DomainConflictException("The invoice is already annulled.");
        if (balance.IsCorrective) throw new DomainConflictException("A corrective invoice cannot be annulled.");
        if (balance.Cancelled) throw new DomainConflictException("The invoice is cancelled by a corrective invoice.");
        if (invoice.HasCorrections) throw new DomainConflictException("The invoice has corrective invoices: correct it instead.");
        if (balance.Payments.Count > 0) throw new DomainConflictException("Payments were recorded on this invoice: correct it with a corrective invoice instead.");
        if (balance.WrittenOff != 0) throw new DomainConflictException("The invoice was written off: correct it with a corrective invoice instead.");
        if (invoice.Sent) throw new DomainConflictException("The invoice was sent to the client: correct it with a corrective invoice instead.");

        var record = VerifactuAnnulmentRecord.Create(ledger.ChainLength + 1, invoice.Issuer.TaxId!, invoice.Number, invoice.IssueDate,
            ledger.LastHash, WholeSeconds(SpanishTime.ToLocal(now)));
        var annulled = new InvoiceAnnulled(invoice.Id, invoice.Number, invoice.ClientId, invoice.IssueDate, invoice.Amounts.NetTotal,
            invoice.Amounts.Total, SpanishTime.Today(now), reason, InvoiceAnnulled.ChainRecord.Of(record));
        return (annulled, new InvoiceAnnulmentChained(invoice.Id, invoice.Number, record.Position, record.Hash));
    }
}
