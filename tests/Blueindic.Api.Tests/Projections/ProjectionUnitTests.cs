using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using Blueindic.Projections.Reports;

namespace Blueindic.Api.Tests.Projections;

/// <summary>Projections fed events directly: no database, no host.</summary>
public sealed class ProjectionUnitTests
{
    private static readonly PartySnapshot Issuer = new("Estudio", null, "12345678Z", null);

    private static InvoiceIssued Issued(Guid clientId, string clientName, DateOnly date, decimal net, int sequence = 1, CorrectionOf? corrects = null)
    {
        var ledger = InvoiceLedger.Create(new InvoiceLedgerOpened(Guid.NewGuid()));
        var request = new IssueRequest(Guid.NewGuid(), corrects is null ? "F" : "R", date, date.AddDays(30), 0, null,
            [new LineInput("x", 1, net, 0, 21)]);
        return InvoiceDecisions.Issue(ledger, request, clientId, new PartySnapshot(clientName, null, null, null), false, Issuer,
            new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), corrects).Issued;
    }

    [Fact]
    public void Monthly_sales_add_each_invoice_to_the_month_of_its_issue_date_with_its_sign()
    {
        var march = MonthlySalesProjection.Create(Issued(Guid.NewGuid(), "Ana", new DateOnly(2025, 3, 5), 100));
        MonthlySalesProjection.Apply(Issued(Guid.NewGuid(), "Bea", new DateOnly(2025, 3, 28), 50), march);
        MonthlySalesProjection.Apply(Issued(Guid.NewGuid(), "Ana", new DateOnly(2025, 3, 30), -20,
            corrects: new CorrectionOf(Guid.NewGuid(), "F-2025-0001", "Abono", false)), march);

        (march.Id, march.Year, march.Month, march.Net, march.Total, march.InvoiceCount).ShouldBe(("2025-03", 2025, 3, 130m, 157.3m, 3));
    }

    [Fact]
    public void Revenue_per_client_and_year_keeps_the_latest_name()
    {
        var client = Guid.NewGuid();
        var revenue = ClientRevenueProjection.Create(Issued(client, "Ana", new DateOnly(2025, 1, 5), 100));
        ClientRevenueProjection.Apply(Issued(client, "Ana García", new DateOnly(2025, 6, 5), 300), revenue);
        (revenue.Id, revenue.ClientName, revenue.Net, revenue.InvoiceCount).ShouldBe(($"{client:N}-2025", "Ana García", 400m, 2));
    }

    [Fact]
    public void The_invoice_view_follows_payments_reversals_and_corrections()
    {
        var issued = Issued(Guid.NewGuid(), "Ana", new DateOnly(2025, 3, 5), 100);
        var view = InvoiceViewProjection.Create(issued);
        (view.Number, view.Status, view.AmountDue).ShouldBe((issued.Number, InvoiceStatus.Issued, 121m));

        var payment = new PaymentRecorded(issued.InvoiceId, Guid.NewGuid(), 21, new DateOnly(2025, 3, 10), PaymentMethod.Cash, null);
        InvoiceViewProjection.Apply(payment, view);
        (view.Status, view.AmountDue).ShouldBe((InvoiceStatus.PartiallyPaid, 100m));
        InvoiceViewProjection.Apply(new PaymentReversed(issued.InvoiceId, payment.PaymentId, 21, new DateOnly(2025, 3, 11), "Devuelta"), view);
        (view.Status, view.AmountDue).ShouldBe((InvoiceStatus.Issued, 121m));
        InvoiceViewProjection.Apply(new InvoiceCorrected(issued.InvoiceId, Guid.NewGuid(), "R-2025-0001", new DateOnly(2025, 3, 12), -12.1m, "Abono"), view);
        view.AmountDue.ShouldBe(108.9m);
        view.CorrectedBy.Single().Number.ShouldBe("R-2025-0001");
        InvoiceViewProjection.Apply(new InvoiceCancelled(issued.InvoiceId, Guid.NewGuid(), "R-2025-0002", new DateOnly(2025, 3, 13), "Anulada"), view);
        (view.Status, view.AmountDue, view.CorrectedBy.Last().Adjustment).ShouldBe((InvoiceStatus.Cancelled, 0m, -108.9m));
    }

    [Fact]
    public void The_client_view_folds_details_for_search_and_order()
    {
        var details = new ClientDetails("Panadería Muñoz", "Muñoz S.L.", "B64717838", "pedidos@pm.es", null, Address.Empty, 30, false, null);
        var id = Guid.NewGuid();
        var view = ClientViewProjection.Create(ClientRegistered.Of(id, details, DateTimeOffset.UnixEpoch));
        view.SortKey.ShouldBe($"panaderia munoz|{id:N}");
        view.SearchText.ShouldBe("panaderia munoz munoz s.l. b64717838 pedidos@pm.es");
        ClientViewProjection.Apply(new ClientArchived(id, DateTimeOffset.UnixEpoch), view);
        view.Archived.ShouldBeTrue();
    }
}
