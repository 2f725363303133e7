using Blueindic.Api.Auth;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Tenants;
using Blueindic.Projections.Tenants;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Demo;

/// <summary>
/// Seeds the demo tenant at start: created once under a fixed id, so a second start adds nothing,
/// and the configured demo key (<c>Blueindic:DemoApiKey</c>) issued if it is not yet. Without a
/// configured key a fresh one is issued and printed. Its facts are caused by "demo-seed".
/// </summary>
internal sealed class DemoDataSeeder(IDocumentStore store, IOptions<BlueindicOptions> options, TimeProvider clock, ILogger<DemoDataSeeder> log)
    : IHostedService
{
    public static readonly Guid TenantId = Guid.Parse("0195a7c4-de40-7000-8000-00000000de30");
    private const string Seeder = "demo-seed";
    private const string TenantName = "Estudio Demo Blueindic";
    private const string TenantTaxId = "B64717838";
    private static readonly Address TenantAddress = new("Calle de Alcalá 48", "Madrid", "28014", "Madrid", "ES");

    public async Task StartAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        session.LastModifiedBy = Seeder;
        var stream = await session.Events.FetchForWriting<Tenant>(TenantId, ct);
        var tenant = stream.Aggregate;
        var events = new List<object>();
        if (tenant is null)
        {
            var registered = TenantDecisions.Register(TenantId, TenantName, TaxId.Parse(TenantTaxId), TenantAddress, now);
            events.Add(registered);
            tenant = Tenant.Create(registered);
        }

        var apiKey = options.Value.DemoApiKey ?? "";
        var printKey = string.IsNullOrEmpty(apiKey);
        if (printKey || !ApiKeys.TryReadKeyId(apiKey, out var keyId)) apiKey = ApiKeys.Generate(keyId = Guid.CreateVersion7());
        var credential = await session.LoadAsync<ApiKeyCredential>(keyId, ct);
        if (credential is not null && (credential.Revoked || !ApiKeys.HashMatches(apiKey, credential.KeyHash)))
        {
            log.LogWarning("The configured demo key was revoked; issuing a new one");
            apiKey = ApiKeys.Generate(keyId = Guid.CreateVersion7());
            (credential, printKey) = (null, true);
        }
        if (credential is null) events.Add(TenantDecisions.IssueKey(tenant, keyId, ApiKeys.Hash(apiKey), now));

        var isNew = stream.Aggregate is null;
        if (isNew) session.Events.StartStream<Tenant>(TenantId, events);
        else stream.AppendMany(events);
        await session.SaveChangesAsync(ct);
        var keyNote = credential is not null ? "its API key is the one configured (Blueindic:DemoApiKey)"
            : printKey ? "a new API key was issued (printed below)" : "its API key, the one configured (Blueindic:DemoApiKey), was issued";
        if (isNew)
        {
            var (clients, invoices, payments) = await SeedClients(now, ct);
            log.LogInformation("Demo business «{Name}» seeded: {Clients} clients, {Invoices} invoices, {Payments} payments (tenant {TenantId}); {Key}",
                TenantName, clients, invoices, payments, TenantId, keyNote);
        }
        else log.LogInformation("Demo business «{Name}» was already seeded (tenant {TenantId}); {Key}", TenantName, TenantId, keyNote);
        // Printed, not logged: keys never go to the logs.
        if (printKey) Console.WriteLine($"Demo tenant API key: {apiKey}");
    }

    private async Task<(int Clients, int Invoices, int Payments)> SeedClients(DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession(TenantId.ToString());
        session.LastModifiedBy = Seeder;
        var clients = new List<(Guid, ClientDetails, PayerKind)>();
        foreach (var (input, payer) in DemoClients.All)
        {
            var details = input.ToDetails(new ValidationErrors()) ?? throw new InvalidOperationException($"Demo client {input.Name} is invalid.");
            var id = Guid.CreateVersion7();
            session.Events.StartStream<Client>(id, ClientDecisions.Register(id, details, now.AddMonths(-18)));
            clients.Add((id, details, payer));
        }

        var ledgerId = InvoiceLedger.StreamIdFor(TenantId.ToString());
        var opened = new InvoiceLedgerOpened(ledgerId);
        var plan = new DemoInvoices(InvoiceLedger.Create(opened), new PartySnapshot(TenantName, null, TenantTaxId, TenantAddress), SpanishTime.Today(now))
            .Plan(clients);
        session.Events.StartStream<InvoiceLedger>(ledgerId, [opened, .. plan.LedgerEvents]);
        var invoices = plan.Invoices.ToList();
        foreach (var (id, events) in invoices) session.Events.StartStream<Invoice>(id, events);
        await session.SaveChangesAsync(ct);
        return (clients.Count, invoices.Count, invoices.Sum(i => i.Events.Count(e => e is PaymentRecorded)));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
