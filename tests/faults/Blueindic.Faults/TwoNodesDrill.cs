namespace Blueindic.Faults;

/// <summary>
/// A second node over the same database: both serve reads and writes, one runs the async
/// projections; kill -9 that one and the other must take them over within 30 s.
/// </summary>
internal static class TwoNodesDrill
{
    /// <returns>The node left standing, which now runs the projections.</returns>
    public static async Task<ApiNode> RunAsync(Drill drill, Report report, ApiNode first, ApiNode second, Business business)
    {
        Report.Section($"Two nodes on one database ({first.Name}, {second.Name})");
        var locks = await drill.DaemonLocksAsync();
        var holders = await drill.DaemonHoldersAsync();
        // Normally one node holds both; after the outage drill the second node may have won one.
        report.Expect(locks.Count == Drill.AsyncProjections,
            $"each async projection runs on one node: their {Drill.AsyncProjections} locks are held (by {string.Join(", ", holders)})");

        var traffic = new Traffic(business, [first, second], callers: 4);
        var start = Clock.Now;
        traffic.Start();
        await Clock.MustAsync(() => traffic.AcknowledgedSince(start, first) >= 100 && traffic.AcknowledgedSince(start, second) >= 100,
            TimeSpan.FromSeconds(60), "100 invoices on each node");
        await traffic.StopAsync();
        var outcomes = traffic.Outcomes.ToList();
        Report.Saw($"sent {outcomes.Count} over both: {Traffic.Tally(outcomes)}");
        report.Expect(outcomes.All(o => o.Acknowledged) && outcomes.Select(o => o.Node).Distinct().Count() == 2,
            $"both nodes took writes ({string.Join(", ", outcomes.GroupBy(o => o.Node).Select(g => $"{g.Key} {g.Count()}"))})");
        var crossRead = 0;
        foreach (var o in outcomes.Take(20))
        {
            var other = o.Node == first.Name ? second : first;
            if ((await business.GetAsync(other, $"/api/invoices/{o.InvoiceId}")).Contains(o.InvoiceId.ToString()!)) crossRead++;
        }
        report.Expect(crossRead == Math.Min(20, outcomes.Count), $"each node reads what the other wrote ({crossRead} of 20)");
        await ReadModels.CheckAsync(drill, report, second, business);

        // PostgreSQL restarted under both: the locks go with it and are taken again, possibly some by
        // each node (one lock per projection), while the old holder may still run a projection for a
        // moment. The counts below show nothing was applied twice and nothing stood still.
        await drill.KillPostgresAsync();
        if (await Clock.UntilAsync(async () => await first.ReadyStatusAsync() == 503 && await second.ReadyStatusAsync() == 503, TimeSpan.FromSeconds(30)) is null)
            throw new TimeoutException("the outage never reached both nodes' readiness");
        await drill.StartPostgresAsync();
        var retaken = await Clock.UntilAsync(async () => (await drill.DaemonLocksAsync()).Count == Drill.AsyncProjections, TimeSpan.FromSeconds(30));
        locks = await drill.DaemonLocksAsync();
        holders = await drill.DaemonHoldersAsync();
        report.Expect(retaken is not null,
            $"PostgreSQL restarted under both: every projection's lock taken again {(retaken is { } r ? $"{r:0.0} s" : "not within 30 s")} after (held by {string.Join(", ", holders)})");
        var again = new Traffic(business, [first, second], callers: 2);
        var restarted = Clock.Now;
        again.Start();
        await Clock.MustAsync(() => again.AcknowledgedSince(restarted, first) >= 50 && again.AcknowledgedSince(restarted, second) >= 50,
            TimeSpan.FromSeconds(60), "50 invoices on each node after the restart");
        await again.StopAsync();
        Report.Saw($"then over both: {Traffic.Tally(again.Outcomes)}");
        await ReadModels.CheckAsync(drill, report, second, business);

        // Kill a node holding projections; the other must end up holding them all.
        var (leader, survivor) = holders.FirstOrDefault() == second.Name ? (second, first) : (first, second);
        var after = new Traffic(business, [survivor], callers: 2);
        after.Start();
        var killedAt = Clock.Now;
        await leader.KillAsync();
        var takeover = await Clock.UntilAsync(async () => (await drill.DaemonHoldersAsync()).SequenceEqual([survivor.Name]), TimeSpan.FromSeconds(30));
        report.Expect(takeover is not null, $"{leader.Name} killed (-9): {survivor.Name} holds the lock {(takeover is { } t ? $"{t:0.0} s" : "not within 30 s")} later");
        await Clock.MustAsync(() => after.AcknowledgedSince(killedAt) >= 100, TimeSpan.FromSeconds(60), $"100 invoices on {survivor.Name} after the kill");
        await after.StopAsync();
        Report.Saw($"meanwhile on {survivor.Name}: {Traffic.Tally(after.Outcomes)}");
        var caughtUp = await drill.CaughtUpAsync(TimeSpan.FromSeconds(30));
        var total = Clock.Seconds(killedAt, Clock.Now);
        report.Expect(caughtUp is not null && total <= 30, $"its projections caught up with every event {total:0.0} s after the kill (bound 30 s)");
        await ReadModels.CheckAsync(drill, report, survivor, business);
        return survivor;
    }
}
