using System.Net.Sockets;

namespace Blueindic.Faults;

/// <summary>
/// One caller paying part of, or writing off, invoices the traffic issued, while it issues them: so
/// the crash also falls on payments and write-offs, and the figures <see cref="ReportSums"/> compares
/// hold paid and uncollectible amounts. Its answers are not judged (a refusal or a 503 is fine): the
/// invoice views say what was done.
/// </summary>
internal sealed class Settling(Business business, ApiNode node, Traffic traffic)
{
    private readonly CancellationTokenSource _stop = new();
    private Task _caller = Task.CompletedTask;

    public int Accepted { get; private set; }

    public void Start() => _caller = Task.Run(async () =>
    {
        var random = new Random(20261130);
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (!_stop.IsCancellationRequested && await pace.WaitForNextTickAsync())
        {
            var issued = traffic.Outcomes.Where(o => o.Acknowledged).Select(o => o.InvoiceId!.Value).ToList();
            if (issued.Count == 0) continue;
            var invoice = issued[random.Next(issued.Count)];
            using var request = random.Next(4) == 0
                ? business.Post($"/api/invoices/{invoice}/uncollectible", new { reason = "Impagada" })
                : business.Post($"/api/invoices/{invoice}/payments", new { amount = 30.25m });
            try
            {
                using var response = await node.Http.SendAsync(request);
                if (response.IsSuccessStatusCode) Accepted++;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or SocketException) { }
        }
    });

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _caller;
    }
}
