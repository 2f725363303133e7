using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using JasperFx.Events;
using Marten.Events;

namespace Blueindic.Bench;

/// <summary>One invoice's stream: its issue, then its payments or write-off.</summary>
internal sealed record InvoiceHistory(InvoiceIssued Issued, IReadOnlyList<object> Later);

/// <summary>
/// Two years of one business, made by the domain's own decisions: clients registered, invoices
/// issued (numbered and chained in its ledger), about 70 % paid (a third of them late, one in ten in
/// two parts), 3 % written off (of those due more than 180 days ago), the rest still due. Seeded:
/// every run has the same shape (how many, when, how much); only ids and timestamps differ.
/// </summary>
internal sealed class BusinessHistory
{
    public required string TenantId { get; init; }
    public required IReadOnlyList<ClientRegistered> Clients { get; init; }
    public required IReadOnlyList<InvoiceHistory> Invoices { get; init; }
    /// <summary>InvoiceLedgerOpened, then one InvoiceNumbered per invoice.</summary>
    public required IReadOnlyList<object> Ledger { get; init; }

    public int EventCount => Clients.Count + Ledger.Count + Invoices.Sum(i => 1 + i.Later.Count);

    /// <summary>About 2.8 events an invoice, with a client for every 20 invoices.</summary>
    public static int InvoicesFor(int events) => Math.Max(1, (int)(events / 2.85));

    /// <param name="days">How far back the invoices go: issue dates spread evenly over the last <paramref name="days"/> days.</param>
    public static BusinessHistory Generate(string tenantId, int invoices, int clients, DateOnly today, int seed, int days = 730)
    {
        var random = new Random(seed);
        var registeredAt = DateTimeOffset.UtcNow.AddYears(-2);
        var clientEvents = Enumerable.Range(0, clients).Select(i =>
        {
            var id = Guid.CreateVersion7();
            var number = 10_000_000 + seed % 1000 * 100_000 + i;
            return ClientRegistered.Of(id, new ClientDetails($"Cliente {i:00000}", null, $"{number}{"TRWAGMYFPDXBNJZSQVHLCKE"[number % 23]}",
                null, null, new Address("Calle Mayor 1", "Madrid", "28001", null, "ES"), 30, false, null), registeredAt);
        }).ToList();

        var issuer = new PartySnapshot("Bench SL", null, "B64717838", null);
        var ledger = InvoiceLedger.Create(new InvoiceLedgerOpened(InvoiceLedger.StreamIdFor(tenantId)));
        var ledgerEvents = new List<object>(invoices + 1) { new InvoiceLedgerOpened(ledger.Id) };
        var histories = new List<InvoiceHistory>(invoices);
        var start = today.AddDays(-days);
        for (var i = 0; i < invoices; i++)
        {
            var issue = start.AddDays((int)((long)i * days / invoices));
            var client = clientEvents[random.Next(clients)];
            var lines = new List<LineInput> { new("Servicio", random.Next(1, 10), random.Next(50, 2_000), 0, 21) };
            var request = new IssueRequest(Guid.CreateVersion7(), "F", issue, issue.AddDays(30 + random.Next(3) * 30), 0, null, lines);
            var (issued, numbered) = InvoiceDecisions.Issue(ledger, request, client.ClientId,
                new PartySnapshot(client.Details.Name, null, client.Details.TaxId, client.Details.Address.ToAddress()), false, issuer, DateTimeOffset.UtcNow);
            ledger = ledger.Apply(numbered);
            ledgerEvents.Add(numbered);
            histories.Add(new InvoiceHistory(issued, Later(Invoice.Create(issued), issued.DueDate, today, random)));
        }
        return new BusinessHistory { TenantId = tenantId, Clients = clientEvents, Invoices = histories, Ledger = ledgerEvents };
    }

    private static List<object> Later(Invoice invoice, DateOnly due, DateOnly today, Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.70)
        {
            var paidOn = roll < 0.47 ? due.AddDays(-random.Next(0, 20)) : due.AddDays(random.Next(1, 120));
            if (paidOn < invoice.IssueDate) paidOn = invoice.IssueDate;
            if (paidOn > today) return [];
            if (random.Next(10) > 0) return [InvoiceDecisions.RecordPayment(invoice, Guid.CreateVersion7(), null, paidOn, PaymentMethod.Transfer, null, today)];
            var half = Math.Round(invoice.Balance.Collectible / 2, 2);
            var first = InvoiceDecisions.RecordPayment(invoice, Guid.CreateVersion7(), half, invoice.IssueDate, PaymentMethod.Transfer, null, today);
            return [first, InvoiceDecisions.RecordPayment(invoice.Apply(first), Guid.CreateVersion7(), null, paidOn, PaymentMethod.Transfer, null, today)];
        }
        if (roll < 0.73 && due.AddDays(180) < today)
            return [InvoiceDecisions.WriteOff(invoice, "Cliente en concurso", due.AddDays(180))];
        return [];
    }

    /// <summary>
    /// Every event in the order the business lived it, as a real log interleaves its streams: clients
    /// registered first, then day by day each invoice issued with its ledger number, and its payments
    /// or write-off on the day they happened, weeks or months later. For Marten's order-preserving bulk
    /// import (COPY): the seq_ids follow this order, so a rebuild replays streams interleaved.
    /// </summary>
    public (IReadOnlyList<BulkEventStreamHeader> Streams, IReadOnlyList<IEvent> Events) InTimeOrder(IEventRegistry registry)
    {
        var dated = new List<(DateOnly Day, Guid Stream, object Data)>(EventCount);
        var first = DateOnly.MinValue;
        dated.AddRange(Clients.Select(c => (first, c.ClientId, (object)c)));
        var ledgerId = ((InvoiceLedgerOpened)Ledger[0]).LedgerId;
        dated.Add((first, ledgerId, Ledger[0]));
        for (var i = 0; i < Invoices.Count; i++)
        {
            var invoice = Invoices[i];
            dated.Add((invoice.Issued.IssueDate, ledgerId, Ledger[i + 1]));
            dated.Add((invoice.Issued.IssueDate, invoice.Issued.InvoiceId, invoice.Issued));
            dated.AddRange(invoice.Later.Select(e => (DayOf(e, invoice.Issued.IssueDate), invoice.Issued.InvoiceId, e)));
        }
        // A stable sort: on one day, events keep the order they were made in (an issue before its payment).
        var ordered = dated.Select((e, i) => (e, i)).OrderBy(x => x.e.Day).ThenBy(x => x.i).Select(x => x.e).ToList();
        var versions = new Dictionary<Guid, long>();
        var events = ordered.Select(e =>
        {
            var built = registry.BuildEvent(e.Data);
            built.StreamId = e.Stream;
            built.Version = versions[e.Stream] = versions.GetValueOrDefault(e.Stream) + 1;
            built.Id = Guid.CreateVersion7();
            return built;
        }).ToList();
        var streams = versions.Select(v => new BulkEventStreamHeader { Id = v.Key, Version = v.Value }).ToList();
        return (streams, events);
    }

    private static DateOnly DayOf(object later, DateOnly issued) => later switch
    {
        PaymentRecorded p => p.Date,
        InvoiceWrittenOff w => w.Date,
        _ => issued,
    };
}
