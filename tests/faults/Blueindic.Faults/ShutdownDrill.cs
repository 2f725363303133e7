using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Blueindic.Faults;

/// <summary>
/// SIGTERM to the node running the projections while it takes invoices and a 1,500-row import:
/// what it had accepted finishes, it exits 0, and the other node takes the projections over.
/// </summary>
internal static class ShutdownDrill
{
    private const int ImportRows = 1_500;

    public static async Task RunAsync(Drill drill, Report report, ApiNode stopping, ApiNode other, Business business)
    {
        Report.Section($"SIGTERM to {stopping.Name} under load and during an import");
        var clientsBefore = await ClientsAsync(drill, business);
        var invoicesBefore = await InvoicesAsync(drill, business);
        var traffic = new Traffic(business, [stopping], callers: 4);
        var start = Clock.Now;
        traffic.Start();
        var import = ImportAsync(stopping, business);
        await Clock.MustAsync(() => traffic.AcknowledgedSince(start) >= 10, TimeSpan.FromSeconds(30), "10 invoices before the signal");
        var termAt = Clock.Now;
        var importUnderWay = !import.IsCompleted;
        stopping.Terminate();
        var exited = await stopping.WaitForExitAsync(TimeSpan.FromSeconds(30));
        var exitedAfter = Clock.Seconds(termAt, Clock.Now);
        await traffic.StopAsync();

        report.Expect(exited && stopping.ExitCode == 0, $"it exited {(exited ? $"with code {stopping.ExitCode}, {exitedAfter:0.0} s after SIGTERM" : "not within 30 s")}");
        report.Expect(importUnderWay, "the import was still running when the signal came");
        var (status, created) = await import;
        report.Expect(status == 200 && created == ImportRows, $"the import under way finished: {status}, {created} clients created");
        var clientsStored = await ClientsAsync(drill, business) - clientsBefore;
        report.Expect(clientsStored == ImportRows, $"its {ImportRows} clients are stored ({clientsStored})");

        var outcomes = traffic.Outcomes.ToList();
        // Sent at least 100 ms before the signal: the server had it. One sent just before may still be
        // on its way and find the port closed (refused: never accepted, so nothing to finish).
        var accepted = outcomes.Where(o => Clock.Seconds(o.StartedAt, termAt) >= 0.1).ToList();
        Report.Saw($"sent before SIGTERM: {Traffic.Tally(outcomes.Where(o => o.StartedAt < termAt))}; after: {Traffic.Tally(outcomes.Where(o => o.StartedAt >= termAt))}");
        report.Expect(accepted.All(o => o.Acknowledged), $"every request sent 100 ms or more before SIGTERM was answered 2xx ({accepted.Count})");
        // After the signal the server closes its idle keep-alive connections: a request sent on one
        // just then is "dropped" unread, never accepted. What matters is that nothing is half done.
        var acknowledged = outcomes.Where(o => o.Acknowledged).Select(o => o.InvoiceId!.Value).ToArray();
        var found = await drill.QueryAsync<long>("select count(*) from blueindic.mt_streams where id = any($1)", acknowledged);
        var invoicesStored = await InvoicesAsync(drill, business) - invoicesBefore;
        report.Expect(found == acknowledged.Length && invoicesStored == acknowledged.Length,
            $"every acknowledged invoice is stored, and nothing else ({found} of {acknowledged.Length}; {invoicesStored} stored)");
        var log = await File.ReadAllLinesAsync(stopping.LogPath);
        var errors = log.SkipWhile(l => !l.Contains("Application is shutting down")).Count(l => l.StartsWith("fail:") || l.StartsWith("crit:"));
        report.Expect(log.Any(l => l.Contains("Application is shutting down")) && errors == 0, $"it logged a clean shutdown ({errors} errors after SIGTERM)");

        var takeover = await Clock.UntilAsync(async () => (await drill.DaemonHoldersAsync()).SequenceEqual([other.Name]), TimeSpan.FromSeconds(30));
        report.Expect(takeover is not null, $"{other.Name} took the projections over {(takeover is { } t ? $"{Clock.Seconds(termAt, Clock.Now):0.0} s after SIGTERM" : "not within 30 s")}");
        await ReadModels.CheckAsync(drill, report, other, business);
    }

    private static Task<long> InvoicesAsync(Drill drill, Business business) =>
        drill.QueryAsync<long>("select count(*) from blueindic.mt_events where tenant_id = $1 and type = 'invoice_issued'", business.TenantId);

    private static Task<long> ClientsAsync(Drill drill, Business business) =>
        drill.QueryAsync<long>("select count(*) from blueindic.mt_events where tenant_id = $1 and type = 'client_registered'", business.TenantId);

    private static async Task<(int Status, int Created)> ImportAsync(ApiNode node, Business business)
    {
        var csv = new StringBuilder("Nombre\n");
        for (var i = 0; i < ImportRows; i++) csv.Append($"Cliente importado {i}\n");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "clientes.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/clients/imports") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", business.Key);
        using var response = await node.Http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return ((int)response.StatusCode, body.TryGetProperty("created", out var c) ? c.GetInt32() : -1);
    }
}
