using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Invoices;

[Collection(ApiCollection.Name)]
public sealed class InvoiceQueryTests(AppFixture app)
{
    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    [Fact]
    public async Task Time_travel_by_version_and_by_instant()
    {
        var tenant = await app.NewTenant();
        var id = Id(await tenant.IssueSimpleInvoice(await tenant.NewClient()));
        await tenant.Post($"/api/invoices/{id}/payments", new { amount = 21 });
        await tenant.Post($"/api/invoices/{id}/payments");

        var v1 = await tenant.Invoice(id, "?version=1");
        (v1.GetProperty("status").GetString(), v1.GetProperty("amountDue").GetDecimal(), v1.GetProperty("version").GetInt64()).ShouldBe(("issued", 121m, 1L));
        var v2 = await tenant.Invoice(id, "?version=2");
        (v2.GetProperty("status").GetString(), v2.GetProperty("amountDue").GetDecimal()).ShouldBe(("partiallyPaid", 100m));
        (await tenant.Invoice(id)).GetProperty("status").GetString().ShouldBe("paid");

        var history = await tenant.HistoryOf($"/api/invoices/{id}/history");
        var afterFirstPayment = history[1].GetProperty("timestamp").GetDateTimeOffset();
        var asOf = await tenant.Invoice(id, $"?asOf={Uri.EscapeDataString(afterFirstPayment.ToString("O"))}");
        asOf.GetProperty("version").GetInt64().ShouldBe(2);
        asOf.GetProperty("status").GetString().ShouldBe("partiallyPaid");

        var recorded = history[0].GetProperty("timestamp").GetDateTimeOffset();
        var before = await tenant.Get($"/api/invoices/{id}?asOf={Uri.EscapeDataString(recorded.AddDays(-1).ToString("O"))}");
        before.Status().ShouldBe(404);
        before.Json().GetProperty("detail").GetString().ShouldBe(
            $"The invoice did not exist yet at {recorded.AddDays(-1):O}: it was first recorded at {recorded.ToUniversalTime():O}.");
        var beyond = await tenant.Get($"/api/invoices/{id}?version=4");
        beyond.Status().ShouldBe(404);
        beyond.Json().GetProperty("detail").GetString().ShouldBe("The invoice has no version 4: its latest is version 3.");
        // An id that never was is still just that, at any instant.
        var never = await tenant.Get($"/api/invoices/{Guid.NewGuid()}?asOf={Uri.EscapeDataString(recorded.ToString("O"))}");
        never.Json().GetProperty("detail").GetString().ShouldBe("No invoice with that id.");
        (await tenant.Get($"/api/invoices/{id}?version=0")).ErrorFields().ShouldContain("version");
        (await tenant.Get($"/api/invoices/{id}?version=abc")).ErrorFields().ShouldContain("version");
    }

    [Fact]
    public async Task A_replayed_issue_answers_the_first_invoice_and_takes_no_second_number()
    {
        var tenant = await app.NewTenant();
        var body = new { clientId = await tenant.NewClient(), lines = new[] { new { description = "x", quantity = 1, unitPrice = 5, vatRate = 21 } } };
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = "factura-1" };
        var first = await tenant.Post("/api/invoices", body, key);
        var replay = await tenant.Post("/api/invoices", body, key);
        first.Status().ShouldBe(201);
        replay.Status().ShouldBe(201);
        replay.Header("Idempotent-Replayed").ShouldBe("true");
        Id(replay.Json()).ShouldBe(Id(first.Json()));
        (await tenant.Get("/api/invoices")).Json().GetProperty("data").GetArrayLength().ShouldBe(1);
        (await tenant.Get("/api/verifactu/records")).Json().GetProperty("data").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Lists_filter_and_page_newest_first()
    {
        var tenant = await app.NewTenant();
        var ana = await tenant.NewClient("Ana");
        var bea = await tenant.NewClient("Bea");
        var late = await tenant.IssueSimpleInvoice(ana, issueDate: "2026-01-05", dueDate: "2026-02-05");
        var paid = await tenant.IssueSimpleInvoice(bea, issueDate: "2026-02-05");
        await tenant.Post($"/api/invoices/{Id(paid)}/payments", new { date = "2026-02-10" });
        var current = await tenant.IssueSimpleInvoice(bea, issueDate: "2026-03-05", dueDate: "2099-01-01");

        async Task<List<Guid>> Ids(string query) =>
            (await tenant.Get($"/api/invoices{query}")).Json().GetProperty("data").EnumerateArray().Select(Id).ToList();

        (await Ids("")).ShouldBe([Id(current), Id(paid), Id(late)]);
        (await Ids($"?clientId={bea}")).ShouldBe([Id(current), Id(paid)]);
        (await Ids("?status=paid")).ShouldBe([Id(paid)]);
        (await Ids("?overdue=true")).ShouldBe([Id(late)]);
        (await Ids("?overdue=false")).ShouldBe([Id(current), Id(paid)]);
        (await Ids("?from=2026-02-01&to=2026-02-28")).ShouldBe([Id(paid)]);

        var page1 = (await tenant.Get("/api/invoices?limit=2")).Json();
        var cursor = page1.GetProperty("nextCursor").GetString();
        var page2 = (await tenant.Get($"/api/invoices?limit=2&cursor={cursor}")).Json();
        page2.GetProperty("data").EnumerateArray().Select(Id).ShouldBe([Id(late)]);
        page2.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);

        (await tenant.Get("/api/invoices?status=lost")).ErrorFields().ShouldContain("status");
        (await tenant.Get("/api/invoices?from=2026-13-01")).ErrorFields().ShouldContain("from");
        (await tenant.Get("/api/invoices?limit=500")).ErrorFields().ShouldContain("limit");
    }

    [Fact]
    public async Task Another_tenants_invoice_is_404_everywhere_and_its_client_cannot_be_invoiced()
    {
        var owner = await app.NewTenant();
        var stranger = await app.NewTenant();
        var clientId = await owner.NewClient();
        var invoice = await owner.IssueSimpleInvoice(clientId);
        var id = Id(invoice);
        var number = invoice.GetProperty("number").GetString();
        var paymentId = (await owner.Post($"/api/invoices/{id}/payments", new { amount = 1 })).Json().GetProperty("payments")[0].GetProperty("id").GetGuid();

        foreach (var target in new[] { id, Guid.NewGuid() })
        {
            (await stranger.Get($"/api/invoices/{target}")).Status().ShouldBe(404);
            (await stranger.Get($"/api/invoices/{target}?version=1")).Status().ShouldBe(404);
            (await stranger.Get($"/api/invoices/{target}/history")).Status().ShouldBe(404);
            (await stranger.Post($"/api/invoices/{target}/payments", new { amount = 1 })).Status().ShouldBe(404);
            (await stranger.Post($"/api/invoices/{target}/payments/{paymentId}/reverse", new { reason = "x" })).Status().ShouldBe(404);
            (await stranger.Post($"/api/invoices/{target}/uncollectible", new { reason = "x" })).Status().ShouldBe(404);
            (await stranger.Post($"/api/invoices/{target}/corrections", new { reason = "x" })).Status().ShouldBe(404);
        }
        (await stranger.Get($"/api/invoices/by-number/{number}")).Status().ShouldBe(404);
        (await stranger.Get("/api/invoices")).Json().GetProperty("data").GetArrayLength().ShouldBe(0);
        (await stranger.Post("/api/invoices", new { clientId, lines = new[] { new { description = "x", quantity = 1, unitPrice = 1, vatRate = 21 } } }))
            .Status().ShouldBe(404);
        // A client's id is not an invoice, and the other way round.
        (await owner.Get($"/api/invoices/{clientId}/history")).Status().ShouldBe(404);
        (await owner.Get($"/api/clients/{id}/history")).Status().ShouldBe(404);
        (await owner.Invoice(id)).GetProperty("version").GetInt64().ShouldBe(2);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { """{ "lines": [{ "description": "x", "quantity": 1, "unitPrice": 1, "vatRate": 21 }] }""", "clientId" },
        { """{ "clientId": "not-a-guid", "lines": [] }""", "clientId" },
        { """{ "clientId": "0195a7c4-de40-7000-8000-000000000001", "lines": [] }""", "lines" },
        { """{ "clientId": "0195a7c4-de40-7000-8000-000000000001", "issueDate": "27/11/2026", "lines": [] }""", "issueDate" },
        { """{ "clientId": "0195a7c4-de40-7000-8000-000000000001", "lines": [{ "description": "x", "quantity": "one", "unitPrice": 1, "vatRate": 21 }] }""", "lines[0].quantity" },
        { """{ "clientId": "0195a7c4-de40-7000-8000-000000000001", "lines": [{ "description": "x", "quantity": 1, "unitPrice": 1, "vatRate": 16 }] }""", "lines[0].vatRate" },
        { """{ "clientId": "0195a7c4-de40-7000-8000-000000000001", "series": "R", "lines": [{ "description": "x", "quantity": 1, "unitPrice": 1, "vatRate": 21 }] }""", "series" },
        { """{ "clientId": "0195a7c4-de40-7000-8000-000000000001", "withholdingRate": 12, "lines": [{ "description": "x", "quantity": 1, "unitPrice": 1, "vatRate": 21 }] }""", "withholdingRate" },
        { """{ "clientId": "0195a7c4-de40-7000-8000-000000000001", "lines": [{ "description": "x\u0000", "quantity": 1, "unitPrice": 1, "vatRate": 21 }] }""", "lines[0].description" },
        { """{ "clientId": "0195a7c4-de40-7000-8000-000000000001", "lines": [{ "description": "x", "quantity": 100000000000000000000, "unitPrice": 100000000000, "vatRate": 21 }] }""", "lines[0].quantity" },
        { """{ "clientId": "0195a7c4-de40-7000-8000-000000000001", "issueDate": "9999-12-31", "lines": [{ "description": "x", "quantity": 1, "unitPrice": 1, "vatRate": 21 }] }""", "issueDate" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Bad_invoice_input_is_a_400_naming_the_field(string json, string field)
    {
        var tenant = await app.NewTenant();
        (await tenant.PostRaw("/api/invoices", json)).ErrorFields().ShouldContain(field);
    }
}
