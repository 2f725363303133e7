using System.Net.Http.Json;
using System.Text.Json;
using Blueindic.Api.Invoices;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using Marten;

namespace Blueindic.Bench;

/// <summary>
/// `issue` and `pay`: commands over HTTP from concurrent callers, each a different business (they
/// share a server; one business seldom issues in parallel), against the same command code run
/// in-process on the API's own store configuration — the same reads, decision, append and read-back,
/// one transaction per command, as many callers at a time.
/// </summary>
internal static class CommandScenarios
{
    /// <summary>Baseline and HTTP alternate this many times; each reports its median round.</summary>
    private const int Rounds = 3;

    private static readonly IssueInvoiceInput Invoice = new(null, null, null, null, null, null,
        [new InvoiceLineInput("Servicio", 1, 100, null, 21)]);

    public static async Task RunAsync(HttpClient admin, Uri baseUrl, string scenario, int requests, int callers)
    {
        var tenants = new List<BenchTenant>();
        for (var i = 0; i < callers; i++) tenants.Add(await Tenants.CreateAsync(admin, baseUrl, $"Bench {scenario} {i:00}"));
        await using var store = Baseline.Store();

        // Warm-up on both paths: JIT, Wolverine's code generation, connection pools, each ledger opened.
        foreach (var t in tenants)
            for (var i = 0; i < 3; i++)
            {
                await IssueOverHttp(t);
                await IssueInProcess(store, t);
            }

        if (scenario == "issue")
        {
            var (baseline, http) = await Load.CompareAsync(Rounds, requests, callers,
                (_, w) => IssueInProcess(store, tenants[w]), (_, w) => IssueOverHttp(tenants[w]));
            Load.PrintHeader($"issue: {callers} businesses issuing at once (target: ≥ 0.70 × baseline, p99 < 50 ms)");
            Load.Print("in-process: the API's command code on its store", baseline, null);
            Load.Print("over HTTP: POST /api/invoices", http, baseline);
        }
        else
        {
            // Distinct invoices to pay, issued beforehand: payments touch separate streams.
            // One per call each worker makes in all rounds, plus a few to warm the payment path up.
            var perWorker = Rounds * ((requests + callers - 1) / callers) + 2;
            var forHttp = await InvoicesToPay(store, tenants, perWorker);
            var forBaseline = await InvoicesToPay(store, tenants, perWorker);
            foreach (var (t, w) in tenants.Select((t, w) => (t, w)))
                for (var i = 0; i < 2; i++)
                {
                    await PayOverHttp(t, forHttp[w].Dequeue());
                    await PayInProcess(store, t, forBaseline[w].Dequeue());
                }
            // Let the async daemon digest the thousands of invoices just issued, or it would slow the first round.
            await Daemon.CaughtUpAsync();
            var (baseline, http) = await Load.CompareAsync(Rounds, requests, callers,
                (_, w) => PayInProcess(store, tenants[w], forBaseline[w].Dequeue()), (_, w) => PayOverHttp(tenants[w], forHttp[w].Dequeue()));
            Load.PrintHeader($"pay: {callers} businesses recording payments at once (target: ≥ 0.70 × baseline)");
            Load.Print("in-process: the API's command code on its store", baseline, null);
            Load.Print("over HTTP: POST /api/invoices/{id}/payments", http, baseline);
        }
    }

    // Each worker pays only its own tenant's invoices.
    private static async Task<Queue<Guid>[]> InvoicesToPay(IDocumentStore store, List<BenchTenant> tenants, int perWorker)
    {
        var queues = tenants.Select(_ => new Queue<Guid>()).ToArray();
        await Task.WhenAll(tenants.Select(async (t, w) =>
        {
            for (var i = 0; i < perWorker; i++) queues[w].Enqueue(await IssueInProcess(store, t));
        }));
        return queues;
    }

    internal static async Task<Guid> IssueOverHttp(BenchTenant t) =>
        (await Tenants.PostAsync<JsonElement>(t.Http, "/api/invoices", Invoice with { ClientId = t.ClientId })).GetProperty("id").GetGuid();

    private static async Task PayOverHttp(BenchTenant t, Guid invoiceId)
    {
        var response = await t.Http.PostAsJsonAsync($"/api/invoices/{invoiceId}/payments", new { amount = 1 });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"payment → {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>What POST /api/invoices does, step for step, without HTTP.</summary>
    private static async Task<Guid> IssueInProcess(IDocumentStore store, BenchTenant t)
    {
        await using var session = store.LightweightSession(t.TenantId);
        var now = DateTimeOffset.UtcNow;
        var today = SpanishTime.Today(now);
        var input = Invoice with { ClientId = t.ClientId };
        var lines = IssueInvoiceInput.Validated(input, today);
        var client = await session.LoadAsync<ClientView>(t.ClientId) ?? throw new InvalidOperationException("no client");
        var issuing = await IssuingContext.IssuerAsync(session, default);
        var ledger = await IssuingContext.LockLedgerAsync(session, default);
        var (issued, numbered) = IssueInvoiceEndpoint.Decide(input, lines, client.ToClient(), ledger.Aggregate!, issuing.Issuer, Guid.CreateVersion7(), now,
            issuing.DefaultSeries);
        ledger.AppendOne(numbered);
        session.Events.StartStream<Blueindic.Domain.Invoices.Invoice>(issued.InvoiceId, issued);
        await session.SaveChangesAsync();
        _ = await session.LoadAsync<InvoiceView>(issued.InvoiceId);
        return issued.InvoiceId;
    }

    /// <summary>What POST /api/invoices/{id}/payments does, without HTTP.</summary>
    private static async Task PayInProcess(IDocumentStore store, BenchTenant t, Guid invoiceId)
    {
        await using var session = store.LightweightSession(t.TenantId);
        var today = SpanishTime.Today(DateTimeOffset.UtcNow);
        var stream = await session.Events.FetchForWriting<Blueindic.Domain.Invoices.Invoice>(invoiceId);
        stream.AppendOne(RecordPaymentEndpoint.Decide(new RecordPaymentInput(1, null, null, null), stream.Aggregate!, Guid.CreateVersion7(), today));
        await session.SaveChangesAsync();
        _ = await session.LoadAsync<InvoiceView>(invoiceId);
    }
}
