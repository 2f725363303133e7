using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Invoices;

/// <summary>The preview shows the invoice issuing would make, figure for figure, and records nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class InvoicePreviewTests(AppFixture app)
{
    /// <summary>The members a preview shares with the invoice issued from the same body.</summary>
    private static readonly string[] Shared =
    [
        "series", "issueDate", "dueDate", "clientId", "client", "issuer", "lines", "taxes", "netTotal", "vatTotal", "surchargeTotal",
        "withholdingRate", "withholdingTotal", "total", "currency", "notes",
    ];

    private static object Line(string description, decimal quantity, decimal unitPrice, decimal vatRate, decimal discountPercent = 0) =>
        new { description, quantity, unitPrice, vatRate, discountPercent };

    [Fact]
    public async Task The_preview_equals_the_invoice_then_issued_and_records_nothing()
    {
        var tenant = await app.NewTenant();
        (await tenant.Put("/api/settings/business", new { tradeName = "Nogal", address = new { line1 = "Calle Mayor 1", city = "Madrid", postalCode = "28013" }, iban = "ES9121000418450200051332", defaultSeries = "P" })).Status().ShouldBe(200);
        var shop = (await tenant.RegisterClient(new { name = "Panadería Muñoz", equivalenceSurcharge = true, paymentTermsDays = 45 })).GetProperty("id").GetGuid();
        var consultant = await tenant.NewClient("Consultora", paymentTermsDays: 0);
        var bodies = new object[]
        {
            // Recargo de equivalencia at two rates, a discount, the due date from the client's terms.
            new { clientId = shop, lines = new[] { Line("Pan", 3, 10.125m, 10, 10), Line("Etiquetas", 1, 100, 21), Line("Libro", 2, 14.99m, 4) } },
            // IRPF withholding, its own series and dates, notes.
            new { clientId = consultant, series = "S", issueDate = AppFixture.Today.AddDays(-3).ToString("yyyy-MM-dd"), dueDate = AppFixture.Today.AddDays(10).ToString("yyyy-MM-dd"),
                withholdingRate = 15, notes = "Proyecto", lines = new[] { Line("Consultoría", 12.5m, 60, 21, 5), Line("Formación", 1, 250.5m, 0) } },
            // Several rates with withholding and recargo together, a line discounted whole, the business's default series.
            new { clientId = shop, withholdingRate = 7, lines = new[] { Line("A", 1, 0.01m, 21), Line("B", 7, 3.333m, 10, 33.3m), Line("C", 1, 99.99m, 4), Line("D", 0.5m, 19.99m, 21, 100) } },
        };

        foreach (var body in bodies)
        {
            var before = await EventCount(tenant);
            var preview = await tenant.Post("/api/invoices/preview", body);
            preview.Status().ShouldBe(200, preview.ReadAsText());
            (await EventCount(tenant)).ShouldBe(before);
            var shown = preview.Json();
            shown.TryGetProperty("number", out _).ShouldBeFalse();

            var issued = await tenant.IssueInvoice(body);
            foreach (var member in Shared)
                shown.GetProperty(member).ToString().ShouldBe(issued.GetProperty(member).ToString(), member);
        }
        // Figures a test can read as well as compare: the first body with recargo (5.2 % at 21, 1.4 % at 10, 0.5 % at 4).
        var first = (await tenant.Post("/api/invoices/preview", bodies[0])).Json();
        first.GetProperty("series").GetString().ShouldBe("P");
        first.GetProperty("dueDate").GetString().ShouldBe(AppFixture.Today.AddDays(45).ToString("yyyy-MM-dd"));
        first.GetProperty("taxes").EnumerateArray().Select(t => (t.GetProperty("vatRate").GetDecimal(), t.GetProperty("surchargeRate").GetDecimal()))
            .ShouldBe([(21m, 5.2m), (10m, 1.4m), (4m, 0.5m)], ignoreOrder: true);
        first.GetProperty("issuer").GetProperty("iban").GetString().ShouldBe("ES9121000418450200051332");
    }

    [Fact]
    public async Task A_refused_preview_gives_the_problem_issuing_would_and_records_nothing()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient("Ana");
        var archived = await tenant.NewClient("Archivada");
        (await tenant.Post($"/api/clients/{archived}/archive")).Status().ShouldBe(200);
        await tenant.IssueSimpleInvoice(client);   // numbers F from today on: an earlier F date is a conflict
        var cases = new (object Body, int Status)[]
        {
            (new { clientId = client, lines = Array.Empty<object>() }, 400),
            (new { clientId = client, series = "R", withholdingRate = 3, lines = new[] { Line("x", 1, 1, 22) } }, 400),
            (new { clientId = Guid.NewGuid(), lines = new[] { Line("x", 1, 1, 21) } }, 404),
            (new { clientId = archived, lines = new[] { Line("x", 1, 1, 21) } }, 409),
            (new { clientId = client, issueDate = AppFixture.Today.AddDays(-40).ToString("yyyy-MM-dd"), lines = new[] { Line("x", 1, 1, 21) } }, 0),
        };
        foreach (var (body, expected) in cases)
        {
            var before = await EventCount(tenant);
            var preview = await tenant.Post("/api/invoices/preview", body);
            var issue = await tenant.Post("/api/invoices", body);
            // Same status, and the same problem, as issuing gives (a back-dated F is refused the same way by both, whatever the rule).
            preview.Status().ShouldBe(issue.Status() == 201 ? 200 : issue.Status(), preview.ReadAsText());
            if (expected != 0) preview.Status().ShouldBe(expected);
            if (issue.Status() >= 400)
            {
                Problem(preview).ShouldBe(Problem(issue));
                (await EventCount(tenant)).ShouldBe(before);
            }
        }
    }

    [Fact]
    public async Task After_a_corrective_invoice_the_preview_still_equals_what_issuing_does()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient("Ana");
        var original = await tenant.IssueSimpleInvoice(client);
        (await tenant.Post($"/api/invoices/{original.GetProperty("id").GetGuid()}/corrections", new { reason = "Duplicada" })).Status().ShouldBe(201);
        // The preview reads the ledger's inline snapshot: current after the R invoice, like the ledger issuing locks.
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant.TenantId.ToString()))
        {
            var ledger = await session.LoadAsync<Blueindic.Domain.Invoices.InvoiceLedger>(Blueindic.Domain.Invoices.InvoiceLedger.StreamIdFor(tenant.TenantId.ToString()));
            ledger.ShouldNotBeNull().ChainLength.ShouldBe(2);
        }

        var backDated = new { clientId = client, issueDate = AppFixture.Today.AddDays(-40).ToString("yyyy-MM-dd"), lines = new[] { Line("x", 1, 1, 21) } };
        var refusedPreview = await tenant.Post("/api/invoices/preview", backDated);
        var refusedIssue = await tenant.Post("/api/invoices", backDated);
        refusedIssue.Status().ShouldBe(409, refusedIssue.ReadAsText());
        Problem(refusedPreview).ShouldBe(Problem(refusedIssue));

        var body = new { clientId = client, lines = new[] { Line("Servicio", 2, 50, 21) } };
        var shown = (await tenant.Post("/api/invoices/preview", body)).Json();
        var issued = await tenant.IssueInvoice(body);
        issued.GetProperty("number").GetString().ShouldEndWith("-0002");
        foreach (var member in Shared)
            shown.GetProperty(member).ToString().ShouldBe(issued.GetProperty(member).ToString(), member);
        issued.GetProperty("verifactu").GetProperty("position").GetInt64().ShouldBe(3);
    }

    private static string Problem(Alba.IScenarioResult r)
    {
        var p = r.Json();
        return $"{p.GetProperty("status")} {p.GetProperty("title")} {(p.TryGetProperty("detail", out var d) ? d.ToString() : "")} {(p.TryGetProperty("errors", out var e) ? e.ToString() : "")}";
    }

    private async Task<int> EventCount(TestTenant tenant)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant.TenantId.ToString());
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
