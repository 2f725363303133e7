using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;

namespace Blueindic.Domain.Tests.Invoices;

public sealed class InvoiceDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly PartySnapshot Issuer = new("Estudio", null, "12345678Z", null);
    private static readonly PartySnapshot Client = new("Cliente", null, "B64717838", null);
    private static readonly LineInput[] Lines = [new("Servicio", 1, 100, 0, 21)];

    private static InvoiceLedger NewLedger() => InvoiceLedger.Create(new InvoiceLedgerOpened(Guid.NewGuid()));

    private static (InvoiceLedger Ledger, Invoice Invoice) Issue(InvoiceLedger ledger, DateOnly date, string series = "F")
    {
        var request = new IssueRequest(Guid.NewGuid(), series, date, date.AddDays(30), 0, null, Lines);
        var (issued, numbered) = InvoiceDecisions.Issue(ledger, request, Guid.NewGuid(), Client, false, Issuer, Now);
        return (ledger.Apply(numbered), Invoice.Create(issued));
    }

    private static Invoice Issued() => Issue(NewLedger(), new DateOnly(2026, 11, 1)).Invoice;

    [Fact]
    public void Numbers_run_per_series_and_restart_each_year()
    {
        var ledger = NewLedger();
        var numbers = new List<string>();
        foreach (var (date, series) in new[] { (new DateOnly(2025, 12, 30), "F"), (new DateOnly(2025, 12, 31), "F"), (new DateOnly(2025, 12, 31), "A"),
                     (new DateOnly(2026, 1, 2), "F"), (new DateOnly(2026, 1, 2), "F") })
        {
            (ledger, var invoice) = Issue(ledger, date, series);
            numbers.Add(invoice.Number);
        }
        numbers.ShouldBe(["F-2025-0001", "F-2025-0002", "A-2025-0001", "F-2026-0001", "F-2026-0002"]);
        ledger.ChainLength.ShouldBe(5);
    }

    [Fact]
    public void An_issue_date_before_the_last_of_its_series_and_year_is_refused()
    {
        var (ledger, _) = Issue(NewLedger(), new DateOnly(2026, 3, 10));
        Should.Throw<DomainConflictException>(() => Issue(ledger, new DateOnly(2026, 3, 9)));
        Issue(ledger, new DateOnly(2026, 3, 9), series: "B").Invoice.Number.ShouldBe("B-2026-0001");
        Issue(ledger, new DateOnly(2026, 3, 10)).Invoice.Number.ShouldBe("F-2026-0002");
    }

    [Fact]
    public void Each_record_chains_the_previous_hash()
    {
        var ledger = NewLedger();
        var request = new IssueRequest(Guid.NewGuid(), "F", Today, Today, 0, null, Lines);
        var (first, numbered) = InvoiceDecisions.Issue(ledger, request, Guid.NewGuid(), Client, false, Issuer, Now);
        var (second, _) = InvoiceDecisions.Issue(ledger.Apply(numbered), request with { InvoiceId = Guid.NewGuid() }, Guid.NewGuid(), Client, false, Issuer, Now);
        first.Verifactu.PreviousHash.ShouldBe("");
        second.Verifactu.PreviousHash.ShouldBe(first.Verifactu.Hash);
        second.Verifactu.Position.ShouldBe(2);
        first.Verifactu.GeneratedAt.Offset.ShouldBe(TimeSpan.FromHours(1));   // Madrid in winter
        first.Verifactu.InvoiceType.ShouldBe("F1");
        first.Verifactu.GrossTotal.ShouldBe(121m);
    }

    [Fact]
    public void Paying_part_then_the_rest_settles_the_invoice()
    {
        var invoice = Issued();
        invoice = invoice.Apply(InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), 21, null, PaymentMethod.Cash, null, Today));
        invoice.Balance.Status.ShouldBe(InvoiceStatus.PartiallyPaid);
        invoice.Balance.Due.ShouldBe(100);
        var rest = InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), null, null, PaymentMethod.Transfer, "TRF-1", Today);
        rest.Amount.ShouldBe(100);
        invoice.Apply(rest).Balance.Status.ShouldBe(InvoiceStatus.Paid);
    }

    [Theory]
    [InlineData(121.01, typeof(DomainConflictException))]
    [InlineData(0, typeof(DomainValidationException))]
    [InlineData(-5, typeof(DomainValidationException))]
    [InlineData(10.001, typeof(DomainValidationException))]
    public void Payments_over_what_is_due_or_not_positive_are_refused(decimal amount, Type error) =>
        Should.Throw(() => InvoiceDecisions.RecordPayment(Issued(), Guid.NewGuid(), amount, null, PaymentMethod.Cash, null, Today), error);

    [Fact]
    public void Payments_may_not_be_dated_before_the_invoice_nor_in_the_future()
    {
        var invoice = Issued();
        Should.Throw<DomainValidationException>(() => InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), 1, new DateOnly(2026, 10, 31), PaymentMethod.Cash, null, Today));
        Should.Throw<DomainValidationException>(() => InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), 1, Today.AddDays(1), PaymentMethod.Cash, null, Today));
    }

    [Fact]
    public void A_reversed_payment_is_due_again_and_cannot_be_reversed_twice()
    {
        var invoice = Issued();
        var paid = InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), null, null, PaymentMethod.Card, null, Today);
        invoice = invoice.Apply(paid);
        invoice = invoice.Apply(InvoiceDecisions.ReversePayment(invoice, paid.PaymentId, "Cargo devuelto", Today));
        invoice.Balance.Due.ShouldBe(121);
        invoice.Balance.Status.ShouldBe(InvoiceStatus.Issued);
        invoice.Balance.Payments.Single().Reversed.ShouldBeTrue();
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.ReversePayment(invoice, paid.PaymentId, "otra vez", Today));
        Should.Throw<DomainNotFoundException>(() => InvoiceDecisions.ReversePayment(invoice, Guid.NewGuid(), "¿?", Today));
    }

    [Fact]
    public void Writing_off_leaves_nothing_due_and_a_later_payment_recovers_it()
    {
        var invoice = Issued();
        invoice = invoice.Apply(InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), 21, null, PaymentMethod.Cash, null, Today));
        var writeOff = InvoiceDecisions.WriteOff(invoice, "Concurso de acreedores", Today);
        writeOff.Amount.ShouldBe(100);
        invoice = invoice.Apply(writeOff);
        invoice.Balance.Status.ShouldBe(InvoiceStatus.Uncollectible);
        invoice.Balance.Due.ShouldBe(0);
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.WriteOff(invoice, "otra vez", Today));

        invoice = invoice.Apply(InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), 40, null, PaymentMethod.Transfer, null, Today));
        invoice.Balance.WrittenOff.ShouldBe(60);
        invoice.Balance.Status.ShouldBe(InvoiceStatus.Uncollectible);
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), 60.01m, null, PaymentMethod.Cash, null, Today));
        invoice = invoice.Apply(InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), null, null, PaymentMethod.Transfer, null, Today));
        invoice.Balance.Status.ShouldBe(InvoiceStatus.Paid);
        invoice.Balance.WrittenOff.ShouldBe(0);
    }

    [Fact]
    public void Cancelling_negates_every_line_and_needs_nothing_paid()
    {
        var (ledger, invoice) = Issue(NewLedger(), new DateOnly(2026, 11, 1));
        var (corrective, numbered, onOriginal) = InvoiceDecisions.Correct(ledger, invoice, invoice.Issuer, Guid.NewGuid(), "Duplicada", null, Now);
        corrective.Number.ShouldBe("R-2026-0001");
        corrective.Amounts.Total.ShouldBe(-121);
        corrective.Corrects!.Cancels.ShouldBeTrue();
        corrective.Verifactu.InvoiceType.ShouldBe("R1");
        corrective.Verifactu.PreviousHash.ShouldBe(ledger.LastHash);
        numbered.ChainPosition.ShouldBe(2);
        var cancelled = invoice.Apply((InvoiceCancelled)onOriginal);
        cancelled.Balance.Status.ShouldBe(InvoiceStatus.Cancelled);
        cancelled.Balance.Due.ShouldBe(0);
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.RecordPayment(cancelled, Guid.NewGuid(), 1, null, PaymentMethod.Cash, null, Today));
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Correct(ledger, cancelled, cancelled.Issuer, Guid.NewGuid(), "x", null, Now));
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.WriteOff(cancelled, "x", Today));

        var paid = invoice.Apply(InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), 1, null, PaymentMethod.Cash, null, Today));
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Correct(ledger, paid, paid.Issuer, Guid.NewGuid(), "x", null, Now));
    }

    [Fact]
    public void A_correction_by_differences_adjusts_what_is_due_but_never_below_zero()
    {
        var (ledger, invoice) = Issue(NewLedger(), new DateOnly(2026, 11, 1));
        invoice = invoice.Apply(InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), 100, null, PaymentMethod.Cash, null, Today));

        var (corrective, _, onOriginal) = InvoiceDecisions.Correct(ledger, invoice, invoice.Issuer, Guid.NewGuid(), "Descuento pactado",
            [new LineInput("Descuento", 1, -10, 0, 21)], Now);
        corrective.Amounts.Total.ShouldBe(-12.1m);
        var corrected = invoice.Apply((InvoiceCorrected)onOriginal);
        corrected.Balance.Due.ShouldBe(8.9m);
        corrected.Balance.AdjustedTotal.ShouldBe(108.9m);

        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Correct(ledger, invoice, invoice.Issuer, Guid.NewGuid(), "demasiado",
            [new LineInput("Descuento", 1, -20, 0, 21)], Now));
        var correctiveInvoice = Invoice.Create(corrective);
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Correct(ledger, correctiveInvoice, correctiveInvoice.Issuer, Guid.NewGuid(), "x", null, Now));
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.RecordPayment(correctiveInvoice, Guid.NewGuid(), 1, null, PaymentMethod.Cash, null, Today));
    }

    [Fact]
    public void An_invoice_corrected_by_differences_cannot_then_be_cancelled_whole()
    {
        var (ledger, invoice) = Issue(NewLedger(), new DateOnly(2026, 11, 1));
        var (_, numbered, onOriginal) = InvoiceDecisions.Correct(ledger, invoice, invoice.Issuer, Guid.NewGuid(), "Descuento",
            [new LineInput("Descuento", 1, -10, 0, 21)], Now);
        var corrected = invoice.Apply((InvoiceCorrected)onOriginal);
        corrected.Balance.Paid.ShouldBe(0);
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Correct(ledger.Apply(numbered), corrected, corrected.Issuer, Guid.NewGuid(), "cancelar", null, Now))
            .Message.ShouldContain("already corrected");
    }

    [Fact]
    public void A_correction_that_leaves_an_unpaid_invoice_at_zero_is_refused_in_favour_of_cancelling()
    {
        var (ledger, invoice) = Issue(NewLedger(), new DateOnly(2026, 11, 1));
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Correct(ledger, invoice, invoice.Issuer, Guid.NewGuid(), "todo",
            [new LineInput("Servicio", -1, 100, 0, 21)], Now)).Message.ShouldContain("cancel it instead");
    }

    [Fact]
    public void Reversing_a_recovery_writes_the_amount_off_again()
    {
        var invoice = Issued();
        invoice = invoice.Apply(InvoiceDecisions.WriteOff(invoice, "Perdida", Today));
        var recovery = InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), null, null, PaymentMethod.Transfer, null, Today);
        invoice = invoice.Apply(recovery);
        invoice.Balance.Status.ShouldBe(InvoiceStatus.Paid);
        invoice = invoice.Apply(InvoiceDecisions.ReversePayment(invoice, recovery.PaymentId, "Devuelta", Today));
        (invoice.Balance.Status, invoice.Balance.WrittenOff, invoice.Balance.Due, invoice.Balance.Paid)
            .ShouldBe((InvoiceStatus.Uncollectible, 121m, 0m, 0m));
    }

    [Fact]
    public void A_credit_on_a_written_off_invoice_lowers_the_loss()
    {
        var (ledger, invoice) = Issue(NewLedger(), new DateOnly(2026, 11, 1));
        invoice = invoice.Apply(InvoiceDecisions.RecordPayment(invoice, Guid.NewGuid(), 21, null, PaymentMethod.Cash, null, Today));
        invoice = invoice.Apply(InvoiceDecisions.WriteOff(invoice, "Perdida", Today));
        var (_, _, onOriginal) = InvoiceDecisions.Correct(ledger, invoice, invoice.Issuer, Guid.NewGuid(), "Abono",
            [new LineInput("Abono", 1, -50, 0, 21)], Now);
        invoice = invoice.Apply((InvoiceCorrected)onOriginal);
        (invoice.Balance.WrittenOff, invoice.Balance.Due, invoice.Balance.AdjustedTotal).ShouldBe((39.5m, 0m, 60.5m));
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Correct(ledger, invoice, invoice.Issuer, Guid.NewGuid(), "demasiado",
            [new LineInput("Abono", 1, -40, 0, 21)], Now));
    }
}
