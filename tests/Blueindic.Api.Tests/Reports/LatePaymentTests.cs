using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Reports;

[Collection(ApiCollection.Name)]
public sealed class LatePaymentTests(AppFixture app)
{
    private static object ExemptLine(decimal price) => new[] { new { description = "Formación", quantity = 1, unitPrice = price, vatRate = 0 } };

    [Fact]
    public async Task An_invoice_paid_late_claims_interest_per_semester_and_the_40_euros()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient();
        var invoice = await tenant.IssueInvoice(new { clientId = client, issueDate = "2025-06-01", dueDate = "2025-06-20", lines = ExemptLine(1000) });
        var id = invoice.GetProperty("id").GetGuid();
        await tenant.Post($"/api/invoices/{id}/payments", new { date = "2025-07-10" });

        var claim = (await tenant.Get($"/api/invoices/{id}/late-payment")).Json();
        (claim.GetProperty("paidDate").GetString(), claim.GetProperty("daysLate").GetInt32(), claim.GetProperty("principal").GetDecimal())
            .ShouldBe(("2025-07-10", 20, 1000m));
        claim.GetProperty("interestPeriods").EnumerateArray().Select(p => (p.GetProperty("rate").GetDecimal(), p.GetProperty("days").GetInt32(), p.GetProperty("amount").GetDecimal()))
            .ShouldBe([(11.15m, 10, 3.05m), (10.15m, 10, 2.78m)]);
        (claim.GetProperty("interest").GetDecimal(), claim.GetProperty("compensation").GetDecimal(), claim.GetProperty("claimable").GetDecimal())
            .ShouldBe((5.83m, 40m, 45.83m));
        claim.GetProperty("complete").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task An_overdue_invoice_runs_until_asOf_and_says_when_a_rate_is_not_published()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient();
        var invoice = await tenant.IssueInvoice(new { clientId = client, issueDate = "2026-06-01", dueDate = "2026-06-25", lines = ExemptLine(500) });
        var claim = (await tenant.Get($"/api/invoices/{invoice.GetProperty("id").GetGuid()}/late-payment?asOf=2026-07-05")).Json();
        claim.GetProperty("daysLate").GetInt32().ShouldBe(10);
        claim.GetProperty("complete").GetBoolean().ShouldBeFalse();
        var unknown = claim.GetProperty("interestPeriods")[1];
        (unknown.GetProperty("from").GetString(), unknown.GetProperty("rate").ValueKind, unknown.GetProperty("amount").ValueKind)
            .ShouldBe(("2026-07-01", System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonValueKind.Null));
        claim.GetProperty("claimable").GetDecimal().ShouldBe(40.70m);   // 0.70 known interest + 40

        var morosity = (await tenant.Get("/api/reports/morosity?year=2026&asOf=2026-07-05")).Json();
        morosity.GetProperty("clients")[0].GetProperty("claimable").GetDecimal().ShouldBe(40.70m);

        var stranger = await app.NewTenant();
        (await stranger.Get($"/api/invoices/{invoice.GetProperty("id").GetGuid()}/late-payment")).Status().ShouldBe(404);
    }

    [Fact]
    public async Task Paid_on_time_claims_nothing()
    {
        var tenant = await app.NewTenant();
        var invoice = await tenant.IssueInvoice(new { clientId = await tenant.NewClient(), issueDate = "2025-06-01", dueDate = "2025-06-20", lines = ExemptLine(100) });
        var id = invoice.GetProperty("id").GetGuid();
        await tenant.Post($"/api/invoices/{id}/payments", new { date = "2025-06-20" });
        var claim = (await tenant.Get($"/api/invoices/{id}/late-payment")).Json();
        (claim.GetProperty("daysLate").GetInt32(), claim.GetProperty("claimable").GetDecimal()).ShouldBe((0, 0m));
    }

    [Fact]
    public async Task A_cancelled_or_corrective_invoice_answers_409_rather_than_invented_dates()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient();
        // Due in the future of asOf: the old answer showed that due date as a paidDate.
        var cancelled = await tenant.IssueInvoice(new { clientId = client, issueDate = "2026-06-01", dueDate = "2026-08-01", lines = ExemptLine(100) });
        var cancellation = (await tenant.Post($"/api/invoices/{cancelled.GetProperty("id").GetGuid()}/corrections", new { reason = "Duplicada" })).Json();
        var corrected = await tenant.IssueInvoice(new { clientId = client, issueDate = "2025-01-10", dueDate = "2025-02-10", lines = ExemptLine(300) });
        var correction = (await tenant.Post($"/api/invoices/{corrected.GetProperty("id").GetGuid()}/corrections", new
        {
            reason = "Descuento", lines = new[] { new { description = "Descuento", quantity = 1, unitPrice = -50, vatRate = 0 } },
        })).Json();

        foreach (var (id, word) in new[] { (cancelled.GetProperty("id").GetGuid(), "cancelled"), (cancellation.GetProperty("id").GetGuid(), "corrective"),
                     (correction.GetProperty("id").GetGuid(), "corrective") })
        {
            var answer = await tenant.Get($"/api/invoices/{id}/late-payment?asOf=2026-06-15");
            answer.Status().ShouldBe(409, answer.ReadAsText());
            answer.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
            answer.Json().GetProperty("detail").GetString()!.ShouldContain(word);
        }
        // The invoice a correction changed still claims, on its total after the correction.
        var original = (await tenant.Get($"/api/invoices/{corrected.GetProperty("id").GetGuid()}/late-payment?asOf=2026-06-15")).Json();
        (original.GetProperty("principal").GetDecimal(), original.GetProperty("compensation").GetDecimal()).ShouldBe((250m, 40m));

        var operation = (await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null)).Json()
            .GetProperty("paths").GetProperty("/api/invoices/{id}/late-payment").GetProperty("get").GetProperty("responses");
        operation.TryGetProperty("409", out _).ShouldBeTrue();
    }
}
