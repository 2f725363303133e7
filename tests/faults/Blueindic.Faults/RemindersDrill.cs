using System.Net.Http.Json;
using System.Text.Json;

namespace Blueindic.Faults;

/// <summary>
/// Payment reminders over two nodes, mailed to an SMTP server in this process: 200 invoices of a
/// business of its own, each with the policy's +1 step due; the node holding the SMTP connections is
/// killed (-9) once some but not all mails have arrived. Every (invoice, step) must arrive, once — or,
/// in the one window the design admits (the relay took a mail, the node died before marking it
/// handled), again with the same Message-ID — and the event store must hold one ReminderSent each.
/// </summary>
internal static class RemindersDrill
{
    private const int Invoices = 200;

    /// <summary>
    /// How long the survivor may take to send what the dead node held. Its durable inbox is released
    /// when Wolverine judges the node dead: no heartbeat (sent every 10 s) for StaleNodeTimeout, seen on
    /// two health checks 10 s apart; then the orphan sweep and the recovery (every 5 s) hand it over.
    /// With Wolverine's default 60 s that took 80.6 s here, too close to the bound; the drill's nodes
    /// judge a node dead after <see cref="StaleNodeSeconds"/> (<c>Blueindic__StaleNodeSeconds</c>).
    /// </summary>
    public static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(90);

    private const int StaleNodeSeconds = 30;

    public static async Task RunAsync(Drill drill, Report report)
    {
        Report.Section($"Reminders for {Invoices} invoices over two nodes, the sending one killed mid-send");
        await using var smtp = SmtpSink.Start(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50));
        var mail = new Dictionary<string, string>
        {
            ["Blueindic__Smtp__Host"] = "127.0.0.1",
            ["Blueindic__Smtp__Port"] = smtp.Port.ToString(),
            ["Blueindic__Smtp__Security"] = "None",
            ["Blueindic__Smtp__From"] = "recordatorios@drill.example",
            ["Blueindic__Smtp__RetryDelays__0"] = "00:00:01",
            ["Blueindic__Smtp__RetryDelays__1"] = "00:00:02",
            ["Blueindic__Smtp__RetryDelays__2"] = "00:00:05",
            ["Blueindic__StaleNodeSeconds"] = StaleNodeSeconds.ToString(),
        };
        // The first node arms no clock: nothing is sent before the 200 invoices exist.
        var first = await ApiNode.StartAsync(drill, "node-mail-a", new Dictionary<string, string>(mail) { ["Blueindic__Reminders__ScanSeconds"] = "0" });
        ApiNode? second = null;
        try
        {
            var business = await Business.RegisterAsync(first, drill.AdminKey, "Recordatorios del simulacro");
            var made = System.Diagnostics.Stopwatch.StartNew();
            var issued = await IssueAsync(first, business);
            Report.Saw($"{issued.Count} clients with distinct emails, one invoice each, due {DueDate:yyyy-MM-dd} (step +1 due), made in {made.Elapsed.TotalSeconds:0.0} s");

            // The second arms the clock (a scan every second) as it starts: the scan begins.
            second = await ApiNode.StartAsync(drill, "node-mail-b", new Dictionary<string, string>(mail) { ["Blueindic__Reminders__ScanSeconds"] = "1" });
            var armed = Clock.Now;
            await Clock.MustAsync(() => smtp.Received.Count >= Invoices / 6, TimeSpan.FromSeconds(60), $"{Invoices / 6} reminders received");
            Report.Saw($"first mails {Clock.Seconds(armed, smtp.Received.Min(m => m.At)):0.0} s after the clock was armed");

            // The node holding the SMTP connections is the one sending (the scan's batches and their mails stay on the node that took them).
            var nodes = new[] { first, second };
            var held = nodes.Select(n => (Node: n, Connections: smtp.ConnectionsFrom(n.Pid))).ToList();
            var (victim, survivor) = held[1].Connections > held[0].Connections ? (second, first) : (first, second);
            var taking = smtp.Taking;
            var before = smtp.Received.Count;
            var killedAt = Clock.Now;
            await victim.KillAsync();
            Report.Saw($"SMTP connections held: {string.Join(", ", held.Select(h => $"{h.Node.Name} {h.Connections}"))}; " +
                       $"{victim.Name} killed (-9) with {before} of {Invoices} mails received and {taking} being taken");
            report.Expect(before > 0 && before < Invoices, $"the kill fell in the middle of sending ({before} of {Invoices} received)");

            // What the dead node had not marked handled: mails the server took (or was taking) among them may come again.
            await Clock.UntilAsync(() => smtp.Taking == 0, TimeSpan.FromSeconds(5));
            var unmarked = await UnhandledMailsAsync(drill);
            var atRisk = smtp.Received.Select(m => m.MessageId).Where(id => unmarked.Any(body => body.Contains(id))).ToHashSet();
            Report.Saw($"after the kill: {unmarked.Count} mails not marked handled in the inbox, of which {atRisk.Count} the server had already taken (may be resent)");

            var recovered = await Clock.UntilAsync(() => Steps(smtp).Count == Invoices, RecoveryBound);
            var steps = Steps(smtp);
            report.Expect(recovered is not null,
                $"every (invoice, step) received at least once: {steps.Count} of {Invoices}, " +
                (recovered is { } r ? $"the last {Clock.Seconds(killedAt, smtp.Received.Max(m => m.At)):0.0} s after the kill (bound {RecoveryBound.TotalSeconds:0} s)" : $"not within {RecoveryBound.TotalSeconds:0} s"));

            var duplicated = steps.Where(s => s.Value.Count > 1).ToList();
            if (duplicated.Count == 0)
                report.Expect(true, $"each (invoice, step) received exactly once ({smtp.Received.Count} mails)");
            else
                report.Expect(duplicated.All(d => d.Value.Select(m => m.MessageId).Distinct().Count() == 1 && atRisk.Contains(d.Value[0].MessageId))
                              && duplicated.Count <= atRisk.Count,
                    $"{duplicated.Count} (invoice, step) received twice, each copy with the same Message-ID, all among the {atRisk.Count} " +
                    "mails taken by the server but not yet marked handled at the kill (the documented window: at most one recorded send per step; " +
                    "a crash between the SMTP hand-off and the commit that marks the mail handled may resend the same Message-ID)");

            var events = await drill.RowsAsync("""
                select stream_id::text || ' ' || (data ->> 'Step') || ' ' || (data ->> 'MessageId'), count(*) over (partition by stream_id, data ->> 'Step')
                from blueindic.mt_events where tenant_id = $1 and type = 'reminder_sent'
                """, business.TenantId);
            var recordedIds = events.Select(e => e.Item1.Split(' ')[2]).ToHashSet();
            var receivedIds = smtp.Received.Select(m => m.MessageId).ToHashSet();
            report.Expect(events.Count == Invoices && events.All(e => e.Item2 == 1) && events.All(e => e.Item1.Split(' ')[1] == "1")
                          && recordedIds.SetEquals(receivedIds),
                $"the event store holds one ReminderSent per (invoice, step): {events.Count} for {Invoices} invoices, step +1, " +
                $"their Message-IDs those received ({recordedIds.Intersect(receivedIds).Count()} of {receivedIds.Count})");

            // Later scans find nothing left to send: three more ticks of the clock, nothing new.
            var (mails, recordedCount) = (smtp.Received.Count, events.Count);
            var ticks = 0;
            var tick = await TickAsync(drill);
            var ticked = await Clock.UntilAsync(async () =>
            {
                var now = await TickAsync(drill);
                if (now != tick) (tick, ticks) = (now, ticks + 1);
                return ticks >= 3;
            }, TimeSpan.FromSeconds(30));
            var later = await drill.QueryAsync<long>("select count(*) from blueindic.mt_events where tenant_id = $1 and type = 'reminder_sent'", business.TenantId);
            report.Expect(ticked is not null && smtp.Received.Count == mails && later == recordedCount,
                $"later scans ({ticks} ticks on {survivor.Name}) send nothing more: {smtp.Received.Count - mails} mails, {later - recordedCount} events");
        }
        finally
        {
            // Stopped, not killed: they leave no stale node behind whose inbox another would wait for.
            foreach (var node in new[] { first, second })
            {
                if (node is null) continue;
                await node.StopAsync(TimeSpan.FromSeconds(30));
                await node.DisposeAsync();
            }
        }
    }

    /// <summary>Two days before today in Madrid: the +1 step (09:00 Madrid, the day after the due date) is due whatever the hour.</summary>
    private static DateOnly DueDate =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid")).DateTime).AddDays(-2);

    /// <summary>Each client (email deudor-NNN@example.com) with one invoice of 121 €, issued and due two days ago; four callers.</summary>
    private static async Task<List<Guid>> IssueAsync(ApiNode node, Business business)
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < Invoices; i = Interlocked.Increment(ref next))
            {
                var client = await PostAsync(node, business, "/api/clients", new { name = $"Deudor {i:000} SL", email = $"deudor-{i:000}@example.com" });
                var invoice = await PostAsync(node, business, "/api/invoices", new
                {
                    clientId = client.GetProperty("id").GetGuid(), issueDate = DueDate, dueDate = DueDate,
                    lines = new[] { new { description = "Servicio", quantity = 1, unitPrice = 100, vatRate = 21 } },
                });
                ids.Add(invoice.GetProperty("id").GetGuid());
            }
        })));
        return [.. ids];
    }

    private static async Task<JsonElement> PostAsync(ApiNode node, Business business, string url, object body)
    {
        using var request = business.Post(url, body);
        using var response = await node.Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {url} on {node.Name} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The mails received for each (invoice, step): one recipient per invoice, and the step's subject.</summary>
    private static Dictionary<(string To, string Subject), List<ReceivedMail>> Steps(SmtpSink smtp) =>
        smtp.Received.GroupBy(m => (m.To, m.Subject)).ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>The bodies (printable, the rest escaped) of the mails in Wolverine's durable inbox not yet marked handled.</summary>
    private static async Task<List<string>> UnhandledMailsAsync(Drill drill) =>
        (await drill.RowsAsync("""
            select encode(body, 'escape'), attempts::bigint from blueindic.wolverine_incoming_envelopes
            where message_type ilike '%delivermail%' and status <> 'Handled'
            """)).Select(r => r.Item1).ToList();

    private static async Task<string> TickAsync(Drill drill) =>
        await drill.QueryAsync<string>("select coalesce((select data ->> 'Tick' from blueindic.mt_doc_reminderclock limit 1), '')");
}
