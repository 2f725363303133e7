using Blueindic.Api.Invoices;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Tests.Commands;

/// <summary>
/// The invoice command endpoints' decision steps, called directly without a host (as Wolverine's
/// IncidentService unit-tests its endpoints): the input as the API binds it, the loaded state, the events.
/// </summary>
public sealed class InvoiceCommandDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly PartySnapshot Issuer = new("Estudio Nogal", null, "12345678Z", null);
    private static readonly Client Shop = new(Guid.NewGuid(),
        new ClientDetails("Ferretería Sol", "Ferretería Sol SL", "B64717838", null, null, Address.Empty, 15, true, null), Archived: false);
    private static readonly IssueInvoiceInput OneLine = new(Shop.Id, null, new DateOnly(2026, 11, 20), null, 15, null,
        [new InvoiceLineInput("Reparación", 2, 50, null, 21)]);

    private static InvoiceLedger NewLedger() => InvoiceLedger.Create(new InvoiceLedgerOpened(Guid.NewGuid()));

    private static (InvoiceIssued Issued, InvoiceNumbered Numbered) Issue(IssueInvoiceInput input, Client client, InvoiceLedger ledger) =>
        IssueInvoiceEndpoint.Decide(input, IssueInvoiceInput.Validated(input, Today), client, ledger, Issuer, Guid.NewGuid(), Now);

    private static Invoice Issued() => Invoice.Create(Issue(OneLine, Shop, NewLedger()).Issued);

    [Fact]
    public void Issue_numbers_the_invoice_applies_the_clients_surcharge_and_terms()
    {
        var (issued, numbered) = Issue(OneLine, Shop, NewLedger());

        issued.Number.ShouldBe("F-2026-0001");
        numbered.Number.ShouldBe(issued.Number);
        issued.DueDate.ShouldBe(new DateOnly(2026, 12, 5));          // 20 Nov + the client's 15 days
        issued.EquivalenceSurcharge.ShouldBeTrue();
        issued.Amounts.NetTotal.ShouldBe(100m);
        issued.Amounts.VatTotal.ShouldBe(21m);
        issued.Amounts.SurchargeTotal.ShouldBe(5.20m);
        issued.Amounts.WithholdingTotal.ShouldBe(15m);
        issued.Amounts.Total.ShouldBe(111.20m);
        issued.Client.TaxId.ShouldBe("B64717838");
        issued.Issuer.ToSnapshot().ShouldBe(Issuer);
    }

    [Fact]
    public void The_business_default_series_applies_only_when_the_input_names_none_and_the_issuer_is_kept_whole()
    {
        var profiled = Issuer with { Iban = "ES9121000418450200051332", Email = "hola@nogal.example",
            Logo = new Blueindic.Domain.Business.LogoReference(new string('a', 64), "image/png", 10) };
        var (issued, _) = IssueInvoiceEndpoint.Decide(OneLine, IssueInvoiceInput.Validated(OneLine, Today), Shop, NewLedger(), profiled,
            Guid.NewGuid(), Now, defaultSeries: "A");
        issued.Number.ShouldBe("A-2026-0001");
        issued.Issuer.ToSnapshot().ShouldBe(profiled);
        var named = OneLine with { Series = "B" };
        IssueInvoiceEndpoint.Decide(named, IssueInvoiceInput.Validated(named, Today), Shop, NewLedger(), profiled, Guid.NewGuid(), Now, defaultSeries: "A")
            .Issued.Number.ShouldBe("B-2026-0001");
    }

    [Fact]
    public void Issue_to_an_archived_client_is_a_conflict()
    {
        Should.Throw<DomainConflictException>(() => Issue(OneLine, Shop with { Archived = true }, NewLedger()))
            .Message.ShouldContain("archived");
    }

    [Fact]
    public void Issue_input_is_refused_with_every_field_error_at_once()
    {
        var bad = new IssueInvoiceInput(null, "R", Today.AddDays(1), null, 3, null, []);
        var refused = Should.Throw<DomainValidationException>(() => IssueInvoiceInput.Validated(bad, Today));
        refused.Errors.Keys.ShouldBe(["clientId", "series", "withholdingRate", "issueDate", "lines"], ignoreOrder: true);
    }

    [Fact]
    public void Pay_without_an_amount_collects_everything_due_and_defaults_to_a_transfer_today()
    {
        var invoice = Issued();
        var paymentId = Guid.NewGuid();

        var paid = RecordPaymentEndpoint.Decide(RecordPaymentInput.Validated(null), invoice, paymentId, Today);

        paid.ShouldBe(new PaymentRecorded(invoice.Id, paymentId, 111.20m, Today, PaymentMethod.Transfer, null));
    }

    [Theory]
    [InlineData(200, typeof(DomainConflictException))]      // more than is due
    [InlineData(-1, typeof(DomainValidationException))]
    [InlineData(1.001, typeof(DomainValidationException))]
    public void Pay_refuses_amounts_the_invoice_cannot_take(decimal amount, Type refusal)
    {
        var invoice = Issued();
        var thrown = Should.Throw<DomainException>(() =>
            RecordPaymentEndpoint.Decide(new RecordPaymentInput(amount, null, null, null), invoice, Guid.NewGuid(), Today));
        thrown.ShouldBeOfType(refusal);
    }

    [Fact]
    public void Pay_refuses_an_over_long_reference_as_a_field_error()
    {
        var refused = Should.Throw<DomainValidationException>(() =>
            RecordPaymentInput.Validated(new RecordPaymentInput(10, null, null, new string('x', 201))));
        refused.Errors.Keys.ShouldBe(["reference"]);
        RecordPaymentInput.Validated(new RecordPaymentInput(10, null, null, "  Transferencia 7 ")).Reference.ShouldBe("Transferencia 7");
    }

    [Fact]
    public void Reverse_names_the_payment_and_its_amount_and_refuses_it_twice()
    {
        var invoice = Issued();
        var paid = RecordPaymentEndpoint.Decide(new RecordPaymentInput(40, null, PaymentMethod.Cash, null), invoice, Guid.NewGuid(), Today);
        invoice = invoice.Apply(paid);

        var reversed = ReversePaymentEndpoint.Decide(ReasonInput.Validated(new ReasonInput("  Devuelto por el banco ")), invoice, paid.PaymentId, Today);

        reversed.ShouldBe(new PaymentReversed(invoice.Id, paid.PaymentId, 40m, Today, "Devuelto por el banco"));
        Should.Throw<DomainConflictException>(() =>
            ReversePaymentEndpoint.Decide("otra vez", invoice.Apply(reversed), paid.PaymentId, Today));
        Should.Throw<DomainNotFoundException>(() => ReversePaymentEndpoint.Decide("x", invoice, Guid.NewGuid(), Today));
        Should.Throw<DomainValidationException>(() => ReasonInput.Validated(new ReasonInput(" ")));
    }

    [Fact]
    public void Write_off_gives_up_what_is_still_due_and_only_while_something_is()
    {
        var invoice = Issued();
        invoice = invoice.Apply(RecordPaymentEndpoint.Decide(new RecordPaymentInput(11.20m, null, null, null), invoice, Guid.NewGuid(), Today));

        var writtenOff = WriteOffInvoiceEndpoint.Decide("Concurso de acreedores", invoice, Today);

        writtenOff.ShouldBe(new InvoiceWrittenOff(invoice.Id, 100m, Today, "Concurso de acreedores"));
        Should.Throw<DomainConflictException>(() => WriteOffInvoiceEndpoint.Decide("otra", invoice.Apply(writtenOff), Today));
        Should.Throw<DomainValidationException>(() => ReasonInput.Validated(null));
    }

    [Fact]
    public void Correct_without_lines_cancels_the_original_with_a_negated_invoice_in_series_R()
    {
        var ledger = NewLedger();
        var (issued, numbered) = Issue(OneLine, Shop, ledger);
        var original = Invoice.Create(issued);

        var (reason, lines) = CorrectInvoiceInput.Validated(new CorrectInvoiceInput(" Duplicada ", null));
        var (corrective, correctiveNumbered, onOriginal) = CorrectInvoiceEndpoint.Decide(reason, lines, original, original.Issuer, ledger.Apply(numbered), Guid.NewGuid(), Now);

        corrective.Number.ShouldBe("R-2026-0001");
        corrective.Amounts.Total.ShouldBe(-111.20m);
        corrective.Corrects!.InvoiceId.ShouldBe(original.Id);
        corrective.Verifactu.PreviousHash.ShouldBe(issued.Verifactu.Hash);
        correctiveNumbered.ChainPosition.ShouldBe(2);
        onOriginal.ShouldBe(new InvoiceCancelled(original.Id, corrective.InvoiceId, corrective.Number, Today, "Duplicada"));
    }

    [Fact]
    public void Correct_by_differences_adjusts_the_original_and_may_not_leave_less_than_nothing_due()
    {
        var ledger = NewLedger();
        var (issued, numbered) = Issue(OneLine, Shop, ledger);
        ledger = ledger.Apply(numbered);
        var original = Invoice.Create(issued);
        var (reason, discount) = CorrectInvoiceInput.Validated(new CorrectInvoiceInput("Descuento", [new InvoiceLineInput("Descuento", 1, -10, null, 21)]));

        var (_, _, onOriginal) = CorrectInvoiceEndpoint.Decide(reason, discount, original, original.Issuer, ledger, Guid.NewGuid(), Now);

        var corrected = onOriginal.ShouldBeOfType<InvoiceCorrected>();
        corrected.Adjustment.ShouldBe(-11.12m);      // −10 base, −2.10 VAT, −0.52 surcharge, +1.50 withholding
        var (_, tooMuch) = CorrectInvoiceInput.Validated(new CorrectInvoiceInput("Demasiado", [new InvoiceLineInput("Abono", 1, -200, null, 21)]));
        Should.Throw<DomainConflictException>(() => CorrectInvoiceEndpoint.Decide("Demasiado", tooMuch, original, original.Issuer, ledger, Guid.NewGuid(), Now));
        Should.Throw<DomainValidationException>(() => CorrectInvoiceInput.Validated(new CorrectInvoiceInput(null, [null])))
            .Errors.Keys.ShouldBe(["reason", "lines[0]"], ignoreOrder: true);
    }
}
