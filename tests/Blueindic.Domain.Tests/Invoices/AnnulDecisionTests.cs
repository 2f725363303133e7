using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reminders;

namespace Blueindic.Domain.Tests.Invoices;

public sealed class AnnulDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, 400, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly PartySnapshot Issuer = new("Estudio", null, "12345678Z", null);
    private static readonly PartySnapshot Client = new("Cliente", null, "B64717838", null);

    private static (InvoiceLedger Ledger, Invoice Invoice) Issued()
    {
        var ledger = InvoiceLedger.Create(new InvoiceLedgerOpened(Guid.NewGuid()));
        var request = new IssueRequest(Guid.NewGuid(), "F", Today, Today.AddDays(30), 0, null, [new("Servicio", 1, 100, 0, 21)]);
        var (issued, numbered) = InvoiceDecisions.Issue(ledger, request, Guid.NewGuid(), Client, false, Issuer, Now);
        return (ledger.Apply(numbered), Invoice.Create(issued));
    }

    [Fact]
    public void An_untouched_invoice_is_annulled_by_the_next_record_of_the_chain()
    {
        var (ledger, invoice) = Issued();
        var (annulled, chained) = InvoiceDecisions.Annul(ledger, invoice, "Duplicada", Now);

        var record = annulled.Verifactu.ToRecord();
        (record.Position, record.PreviousHash, record.Number, record.IssueDate, record.IssuerTaxId)
            .ShouldBe((2L, ledger.LastHash, invoice.Number, Today, "12345678Z"));
        record.GeneratedAt.ShouldBe(new DateTimeOffset(2026, 11, 27, 11, 0, 0, TimeSpan.FromHours(1)));   // Spanish time, whole seconds
        record.Hash.ShouldBe(Verifactu.AnulacionHash("12345678Z", invoice.Number, "27-11-2026", ledger.LastHash, "2026-11-27T11:00:00+01:00"));
        (annulled.Total, annulled.NetTotal, annulled.Reason).ShouldBe((121m, 100m, "Duplicada"));
        var after = ledger.Apply(chained);
        (after.ChainLength, after.LastHash).ShouldBe((2L, record.Hash));

        var annulledInvoice = invoice.Apply(annulled);
        (annulledInvoice.Balance.Status, annulledInvoice.Balance.Due, annulledInvoice.Balance.Collectible).ShouldBe((InvoiceStatus.Annulled, 0m, 0m));
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Annul(after, annulledInvoice, "Otra vez", Now)).Message.ShouldContain("already annulled");
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.RecordPayment(annulledInvoice, Guid.NewGuid(), null, null, PaymentMethod.Cash, null, Today));
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Correct(after, annulledInvoice, Issuer, Guid.NewGuid(), "x", null, Now));
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "sent", "sent to the client" },
        { "reminded", "sent to the client" },
        { "paid", "Payments were recorded" },
        { "paid and reversed", "Payments were recorded" },
        { "written off", "written off" },
        { "corrected", "corrective invoices" },
        { "cancelled", "cancelled" },
        { "corrective", "corrective invoice cannot" },
    };

    [Theory, MemberData(nameof(Refusals))]
    public void An_invoice_someone_saw_or_acted_on_is_corrected_not_annulled(string history, string message)
    {
        var (ledger, invoice) = Issued();
        var paymentId = Guid.NewGuid();
        var paid = invoice.Apply(new PaymentRecorded(invoice.Id, paymentId, 10, Today, PaymentMethod.Cash, null));
        invoice = history switch
        {
            "sent" => invoice.Apply(new InvoiceSent(invoice.Id, ["a@b.es"], [], "m", Now)),
            "reminded" => invoice.Apply(new ReminderSent(invoice.Id, null, ReminderKind.FormalClaim, ["a@b.es"], "m", Now)),
            "paid" => paid,
            "paid and reversed" => paid.Apply(new PaymentReversed(invoice.Id, paymentId, 10, Today, "Devuelto")),
            "written off" => invoice.Apply(new InvoiceWrittenOff(invoice.Id, 121, Today, "Concurso")),
            "corrected" => invoice.Apply(InvoiceDecisions.Correct(ledger, invoice, Issuer, Guid.NewGuid(), "Descuento",
                [new LineInput("Descuento", 1, -10, 0, 21)], Now).OnOriginal as InvoiceCorrected ?? throw new InvalidOperationException()),
            "cancelled" => invoice.Apply((InvoiceCancelled)InvoiceDecisions.Correct(ledger, invoice, Issuer, Guid.NewGuid(), "Duplicada", null, Now).OnOriginal),
            "corrective" => Invoice.Create(InvoiceDecisions.Correct(ledger, invoice, Issuer, Guid.NewGuid(), "Duplicada", null, Now).Corrective),
            _ => throw new ArgumentOutOfRangeException(nameof(history)),
        };
        Should.Throw<DomainConflictException>(() => InvoiceDecisions.Annul(ledger, invoice, "Duplicada", Now)).Message.ShouldContain(message);
    }

    [Fact]
    public void A_corrective_takes_the_type_of_its_ground_and_old_R1_events_read_alike()
    {
        var (ledger, invoice) = Issued();
        var (r3, _, _) = InvoiceDecisions.Correct(ledger, invoice, Issuer, Guid.NewGuid(), "Incobrable", [new LineInput("Servicio", -1, 50, 0, 21)],
            Now, CorrectionGround.Uncollectible);
        (r3.Verifactu.InvoiceType, r3.Corrects!.Ground, r3.Corrects.LegalGround()).ShouldBe(("R3", CorrectionGround.Uncollectible, CorrectionGround.Uncollectible));
        var (r1, _, _) = InvoiceDecisions.Correct(ledger, invoice, Issuer, Guid.NewGuid(), "Error", null, Now);
        (r1.Verifactu.InvoiceType, r1.Corrects!.Ground, r1.Corrects.LegalGround()).ShouldBe(("R1", (CorrectionGround?)null, CorrectionGround.Error));
    }
}
