using System.Net;

namespace Blueindic.Faults;

/// <summary>One Idempotency-Key replayed on another node, and again after that node restarted.</summary>
internal static class IdempotencyDrill
{
    /// <returns>The restarted node, replacing <paramref name="restarted"/>.</returns>
    public static async Task<ApiNode> RunAsync(Drill drill, Report report, ApiNode first, ApiNode restarted, Business business)
    {
        Report.Section($"Idempotency across nodes ({first.Name}, {restarted.Name}) and a restart");
        var key = Guid.NewGuid().ToString();
        var issuedBefore = await IssuedAsync(drill, business);
        var (status1, body1, _) = await SendAsync(first, business.Post("/api/invoices", business.Invoice, key));
        var (status2, body2, replayed2) = await SendAsync(restarted, business.Post("/api/invoices", business.Invoice, key));
        report.Expect(status1 == HttpStatusCode.Created && status2 == HttpStatusCode.Created && replayed2 && body2 == body1,
            $"{first.Name} issued ({(int)status1}); {restarted.Name} replayed the same answer ({(int)status2}, replayed: {replayed2})");

        restarted.Terminate();
        await restarted.WaitForExitAsync(TimeSpan.FromSeconds(30));
        await restarted.DisposeAsync();
        var again = await ApiNode.StartAsync(drill, restarted.Name);
        var (status3, body3, replayed3) = await SendAsync(again, business.Post("/api/invoices", business.Invoice, key));
        report.Expect(status3 == HttpStatusCode.Created && replayed3 && body3 == body1, $"after {again.Name} restarted it replayed it too ({(int)status3}, replayed: {replayed3})");
        var (status4, _, _) = await SendAsync(again, business.Post("/api/invoices", new { clientId = business.ClientId, lines = new[] { new { description = "Otro", quantity = 2, unitPrice = 5, vatRate = 21 } } }, key));
        report.Expect(status4 == HttpStatusCode.UnprocessableEntity, $"the same key with another body is refused ({(int)status4})");
        var issued = await IssuedAsync(drill, business) - issuedBefore;
        report.Expect(issued == 1, $"one invoice in the event store for four requests ({issued})");
        return again;
    }

    private static Task<long> IssuedAsync(Drill drill, Business business) =>
        drill.QueryAsync<long>("select count(*) from blueindic.mt_events where tenant_id = $1 and type = 'invoice_issued'", business.TenantId);

    private static async Task<(HttpStatusCode, string, bool)> SendAsync(ApiNode node, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await node.Http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Idempotent-Replayed"));
        }
    }
}
