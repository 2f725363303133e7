namespace Blueindic.Faults;

/// <summary>
/// PostgreSQL killed (kill -9) while four callers issue invoices (and a fifth pays or writes some of
/// them off), and restarted once the outage has been seen a while: 50 answers 503 and 30 readiness
/// probes (3 s or more) not ready.
/// </summary>
internal static class OutageDrill
{
    public static async Task RunAsync(Drill drill, Report report, ApiNode node, Business business)
    {
        Report.Section("PostgreSQL killed (kill -9) under load, restarted once the outage has been seen for 3 s or more");
        var traffic = new Traffic(business, [node], callers: 4);
        var probe = new ReadyProbe(node);
        var settling = new Settling(business, node, traffic);
        traffic.Start();
        settling.Start();
        probe.Start();
        var start = Clock.Now;
        await Clock.MustAsync(() => traffic.AcknowledgedSince(start) >= 300, TimeSpan.FromSeconds(60), "300 invoices before the crash");
        var killedAt = Clock.Now;
        await drill.KillPostgresAsync();
        await Clock.MustAsync(() => traffic.UnavailableSince(killedAt) >= 50 && probe.NotReadySince(killedAt) >= 30, TimeSpan.FromSeconds(60),
            "the outage seen by the callers and the readiness probe");
        await drill.StartPostgresAsync();
        var backAt = Clock.Now;
        await Clock.MustAsync(() => traffic.AcknowledgedSince(backAt) >= 300, TimeSpan.FromSeconds(60), "300 invoices after the restart");
        await traffic.StopAsync();
        await settling.StopAsync();
        await probe.StopAsync();

        var outcomes = traffic.Outcomes.ToList();
        var outage = outcomes.Where(o => o.EndedAt > killedAt && o.StartedAt < backAt).ToList();
        Report.Saw($"sent {outcomes.Count}: {Traffic.Tally(outcomes)}; meanwhile {settling.Accepted} payments and write-offs accepted");
        Report.Saw($"during the outage ({Clock.Seconds(killedAt, backAt):0.0} s): {Traffic.Tally(outage)}");
        report.Expect(outcomes.All(o => o.Status is 0 or 201 or 409 or 503), "no answer but 201, 409 (a retry's key) and 503");
        report.Expect(outcomes.Where(o => o.Status >= 400).All(o => o.Problem), "every refusal is application/problem+json");
        report.Expect(outage.Count(o => o.Status == 503) > 0, "the outage was answered 503");
        report.Expect(outcomes.All(o => o.NoAnswer is null), "every request was answered (none dropped or timed out)");
        var slowest = outcomes.Max(o => o.Took.TotalSeconds);
        report.Expect(slowest <= 10, $"no answer took over 10 s (slowest {slowest:0.00} s)");

        var firstOk = outcomes.Where(o => o.Acknowledged && o.StartedAt >= backAt).MinBy(o => o.EndedAt);
        var recovery = firstOk is null ? double.PositiveInfinity : Clock.Seconds(backAt, firstOk.EndedAt);
        report.Expect(recovery <= 5, $"commands succeed again {recovery:0.00} s after the database is back (bound 5 s)");

        var samples = probe.Samples.ToList();
        var notReady = samples.Where(s => s.At > killedAt && s.At < backAt).Count(s => s.Status == 503);
        var readyAgain = samples.Where(s => s.At >= backAt && s.Status == 200).Select(s => (long?)s.At).FirstOrDefault();
        report.Expect(notReady > 0, $"/health/ready answered 503 during the outage ({notReady} of its probes)");
        report.Expect(readyAgain is { } r && Clock.Seconds(backAt, r) <= 5,
            $"/health/ready answered 200 again {(readyAgain is { } at ? $"{Clock.Seconds(backAt, at):0.00} s" : "never")} after");

        var stuck = outcomes.Where(o => o.Title == "Request in progress").Select(o => Clock.Seconds(backAt, o.EndedAt)).DefaultIfEmpty(0).Max();
        report.Expect(stuck <= 5, $"a key cut by the crash was free for its retry within 5 s of the database's return (last \"in progress\" {stuck:0.00} s after)");

        var acknowledged = outcomes.Where(o => o.Acknowledged).Select(o => o.InvoiceId!.Value).ToArray();
        var stored = await drill.QueryAsync<long>("select count(*) from blueindic.mt_streams where id = any($1)", acknowledged);
        report.Expect(stored == acknowledged.Length, $"every acknowledged invoice is in the event store ({stored} of {acknowledged.Length})");
        // A retry whose first attempt committed just before the crash is told so (409 "Answer lost");
        // every other stored invoice was acknowledged, and none is stored twice.
        var answerLost = outcomes.Count(o => o.Title == "Answer lost");
        var all = await drill.QueryAsync<long>("select count(*) from blueindic.mt_events where tenant_id = $1 and type = 'invoice_issued'", business.TenantId);
        report.Expect(all == acknowledged.Length + answerLost,
            $"the event store holds the acknowledged invoices and those a retry was told were carried out, no more ({all} = {acknowledged.Length} + {answerLost})");
        await ReadModels.CheckAsync(drill, report, node, business);
        await ReportSums.CheckAsync(drill, report, node, business);
    }
}
